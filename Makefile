# Convenience targets for developers; the README's commands call packaging/dev.sh directly,
# which works where make is not installed yet.
.PHONY: run test build format clean
run test build:
	bash packaging/dev.sh $@
format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i
clean:
	rm -rf build
