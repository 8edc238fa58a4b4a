;;; istaglint.el --- Flymake backend for istaglint  -*- lexical-binding: t; -*-

;; Lints YAML and JSON buffers through `istaglint --format json --stdin-filename NAME -' and
;; reports the findings with Flymake (Emacs 27 or later, built with native JSON).
;; Load it, then: (add-hook 'yaml-mode-hook #'istaglint-setup), or for any mode,
;; M-x istaglint-setup, then M-x flymake-mode.

(require 'flymake)
(require 'json)

(defvar istaglint-command "istaglint" "The istaglint executable.")
(defvar-local istaglint--process nil)

(defun istaglint--position (line column)
  "The buffer position of 1-based LINE and COLUMN (Unicode scalars, as istaglint counts)."
  (save-excursion
    (goto-char (point-min))
    (forward-line (1- line))
    (min (line-end-position) (+ (point) (1- column)))))

(defun istaglint-flymake (report-fn &rest _args)
  "Flymake backend: run istaglint on the buffer and call REPORT-FN with its findings."
  (when (process-live-p istaglint--process) (kill-process istaglint--process))
  (let ((source (current-buffer))
        (name (or (buffer-file-name) (buffer-name))))
    (setq istaglint--process
          (make-process
           :name "istaglint" :noquery t :connection-type 'pipe
           :buffer (generate-new-buffer " *istaglint*")
           :command (list istaglint-command "--format" "json" "--stdin-filename" name "-")
           :sentinel
           (lambda (process _event)
             (when (memq (process-status process) '(exit signal))
               (unwind-protect
                   (when (and (buffer-live-p source) (eq process (buffer-local-value 'istaglint--process source)))
                     (let* ((report (with-current-buffer (process-buffer process)
                                      (goto-char (point-min))
                                      (ignore-errors (json-parse-buffer :object-type 'alist :array-type 'list))))
                            (findings
                             (with-current-buffer source
                               (mapcar
                                (lambda (finding)
                                  (let* ((range (alist-get 'range finding))
                                         (first (alist-get 'start range))
                                         (last (alist-get 'end range))
                                         (begin (istaglint--position (alist-get 'line first) (alist-get 'column first)))
                                         (end (max (1+ begin) (istaglint--position (alist-get 'line last) (alist-get 'column last)))))
                                    (flymake-make-diagnostic
                                     source begin (min end (point-max))
                                     (pcase (alist-get 'severity finding) ("error" :error) ("warning" :warning) (_ :note))
                                     (format "%s [%s]" (alist-get 'message finding) (alist-get 'ruleId finding)))))
                                (alist-get 'diagnostics report)))))
                       (funcall report-fn findings)))
                 (kill-buffer (process-buffer process)))))))
    (process-send-region istaglint--process (point-min) (point-max))
    (process-send-eof istaglint--process)))

(defun istaglint-setup ()
  "Use istaglint as a Flymake backend in this buffer."
  (add-hook 'flymake-diagnostic-functions #'istaglint-flymake nil t))

(provide 'istaglint)
;;; istaglint.el ends here
