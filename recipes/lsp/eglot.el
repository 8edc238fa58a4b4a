;;; eglot.el --- istaglint's language server in Emacs 29 or later, with eglot  -*- lexical-binding: t; -*-
;; (load "eglot.el"), then M-x eglot in a YAML buffer (or add `eglot-ensure' to
;; `yaml-mode-hook' / `yaml-ts-mode-hook').  eglot runs one server per major mode: this
;; one takes the place of yaml-language-server in those buffers.
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               '((yaml-mode yaml-ts-mode) . ("istaglint" "lsp"))))
;;; eglot.el ends here
