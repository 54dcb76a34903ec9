// The public site's only script: small, ours, no third parties. Everything works without it.
