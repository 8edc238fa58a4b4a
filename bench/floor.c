/* The floor: reads each file and pulls every libyaml event, nothing more.
 * cc -O2 -o floor floor.c -lyaml ; ./floor FILE... */
#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

int main(int argc, char **argv) {
    long events = 0;
    for (int i = 1; i < argc; i++) {
        FILE *file = fopen(argv[i], "rb");
        if (!file) { perror(argv[i]); return 2; }
        fseek(file, 0, SEEK_END);
        long size = ftell(file);
        fseek(file, 0, SEEK_SET);
        unsigned char *buffer = malloc(size > 0 ? size : 1);
        if (size > 0 && fread(buffer, 1, size, file) != (size_t)size) { perror(argv[i]); return 2; }
        fclose(file);
        yaml_parser_t parser;
        yaml_event_t event;
        yaml_parser_initialize(&parser);
        yaml_parser_set_input_string(&parser, buffer, size);
        for (;;) {
            if (!yaml_parser_parse(&parser, &event)) break;
            events++;
            int done = event.type == YAML_STREAM_END_EVENT;
            yaml_event_delete(&event);
            if (done) break;
        }
        yaml_parser_delete(&parser);
        free(buffer);
    }
    printf("%ld events\n", events);
    return 0;
}
