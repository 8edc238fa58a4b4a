// alternate: runs commands in turn, N rounds, and prints each one's median wall time in seconds.
//
//     cc -O2 -o alternate bench/alternate.c
//     ./alternate 400 "/path/floor file.yaml" "/path/istaglint --quiet file.yaml"
//
// hyperfine runs all rounds of one command, then all of the next: on a shared virtual machine
// whose speed drifts by tens of percent within minutes, the ratio of two commands that take
// about a millisecond then measures the drift as much as the commands. Run in turn, both see
// the same machine. Arguments are split at spaces; output goes to /dev/null.
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static int ascending(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double run(const char *command) {
    char buffer[8192];
    char *arguments[64];
    int count = 0;
    snprintf(buffer, sizeof buffer, "%s", command);
    for (char *word = strtok(buffer, " "); word && count < 63; word = strtok(NULL, " ")) arguments[count++] = word;
    arguments[count] = NULL;
    double start = now();
    pid_t child = fork();
    if (child == 0) {
        int null = open("/dev/null", O_WRONLY);
        dup2(null, 1);
        dup2(null, 2);
        execv(arguments[0], arguments);
        _exit(127);
    }
    int status;
    waitpid(child, &status, 0);
    return now() - start;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: alternate ROUNDS COMMAND...\n");
        return 2;
    }
    int rounds = atoi(argv[1]), commands = argc - 2;
    double *times = malloc(sizeof(double) * rounds * commands);
    for (int c = 0; c < commands; c++) run(argv[2 + c]);  // warm-up
    for (int round = 0; round < rounds; round++)
        for (int c = 0; c < commands; c++) times[c * rounds + round] = run(argv[2 + c]);
    for (int c = 0; c < commands; c++) {
        qsort(times + c * rounds, rounds, sizeof(double), ascending);
        printf("%s%.6f", c ? " " : "", times[c * rounds + rounds / 2]);
    }
    printf("\n");
    return 0;
}
