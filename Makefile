# Thin wrapper: ./dev does the work (it also installs the Debian packages it needs).
.PHONY: run test bench deps
run:
	./dev run
test:
	./dev test
bench:
	./dev bench
deps:
	./dev deps
