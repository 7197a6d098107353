# Linux build of 9ml: the same Plan 9 C sources as the mkfile, compiled
# with gcc against the host layer in test/ (9front's libc subset).
# -falign-loops=32: the scalar C kernels, bench's baseline, ran 1.6× apart
# as unrelated code moved their inner loops across a 64-byte line.
CC = gcc
SHELL = /bin/bash
CFLAGS = -O2 -g -std=gnu11 -Wall -Werror -Wno-unknown-pragmas -Wvla -fplan9-extensions \
	-Werror=implicit-function-declaration -Wno-missing-braces \
	-fno-strict-aliasing -fno-builtin-malloc -ffp-contract=off -falign-loops=32 \
	-nostdinc -isystem $(shell $(CC) -print-file-name=include) \
	-Itest/include -Isrc $(SAN)
MODELS = ../shared/models
HOSTCFLAGS = -O2 -g -std=gnu11 -Wall -Werror -fplan9-extensions -Itest/include -Isrc $(SAN)
LDLIBS = -lm -lpthread $(SAN)
# make sanitize sets it
SAN =

HOST = test/host/fmt.o test/host/sys.o test/host/lib.o test/host/fcall.o test/host/lib9p.o
HOST += test/host/thread.o test/host/auth.o
MAIN = test/host/threadmain.o
# the SSE2, SSSE3 and AVX2 kernels: simd/*_amd64.s translated to GNU as by test/asm2gas
ifeq ($(shell uname -m),x86_64)
SIMD = simd/amd64.o bin/simd_amd64.o bin/simdq_amd64.o bin/simdg_amd64.o bin/avxq_amd64.o bin/avxg_amd64.o bin/avxg4_amd64.o bin/avxk_amd64.o bin/avxk4_amd64.o bin/avxf_amd64.o bin/ssse3_amd64.o bin/vnni_amd64.o
else
SIMD = simd/generic.o
endif
ENGINE = src/cmd.o src/quant.o src/fmath.o src/model.o src/forward.o src/tokenizer.o src/bpe.o src/pretok.o src/unicode.o src/sampler.o \
	src/generate.o src/template.o src/chat.o src/stops.o src/parallel.o src/util.o src/weights.o arch/arch.o arch/llama2.o arch/llama3.o arch/mistral.o format/bin.o format/gguf.o format/ggufmodel.o format/ggufwrite.o format/kquant.o format/wbuf.o format/json.o format/hftok.o format/safetensors.o format/stwrite.o simd/port.o simd/gquant.o pool/pool.o $(SIMD)
HFILES = src/dat.h src/fns.h src/fs.h arch/arch.h test/include/u.h test/include/libc.h test/include/thread.h \
	test/include/fcall.h test/include/9p.h

all: bin/run bin/runq bin/export bin/llmfs bin/tests bin/bench tokenizer.bin

bin:
	mkdir -p bin

bin/asm2gas: test/asm2gas.c | bin
	@echo cc $<
	@$(CC) -O2 -Wall -Werror -o $@ $<

bin/vexbytes: test/gen/vexbytes.c | bin
	@echo cc $<
	@$(CC) -O2 -Wall -Werror -o $@ $<

bin/ggmlref: test/gen/ggmlref.c | bin
	@echo cc $<
	@$(CC) -O2 -Wall -Werror -o $@ $< -ldl

bin/%.S: simd/%.s bin/asm2gas | bin
	@echo asm2gas $<
	@bin/asm2gas $< > $@.tmp && mv $@.tmp $@

bin/%.o: bin/%.S
	@echo as $<
	@$(CC) -c -o $@ $<

tokenizer.bin:
	ln -sf ../shared/models/tokenizer.bin tokenizer.bin

test/host/%.o: test/host/%.c test/host/host.h $(HFILES)
	@echo cc $<
	@$(CC) $(HOSTCFLAGS) -c -o $@ $<

%.o: %.c $(HFILES)
	@echo cc $<
	@$(CC) $(CFLAGS) -Iarch -c -o $@ $<

LLMFS = src/session.o src/replies.o src/net.o

bin/llmfs: src/llmfs.o $(LLMFS) $(ENGINE) $(HOST) $(MAIN) | bin
	@echo ld $@
	@$(CC) -o $@ $^ $(LDLIBS)

bin/%: src/%.o $(ENGINE) $(HOST) $(MAIN) | bin
	@echo ld $@
	@$(CC) -o $@ $^ $(LDLIBS)

clean:
	rm -f src/*.o format/*.o simd/*.o arch/*.o pool/*.o test/*.o test/host/*.o
	rm -rf bin bin-san

.PHONY: all clean test demo bench fuzz sanitize

# keep the objects and translated assembly that pattern rules make on the way
.SECONDARY:

TESTS = test/harness.o test/util.o test/tfmt.o test/tfmath.o test/reference.o test/tmath.o test/tmodel.o \
	test/tgen.o test/ttok.o test/ttmpl.o test/tchat.o test/tenc.o test/tbpe.o test/tbad.o test/tquant.o test/tsimd.o test/ninep.o test/tllmfs.o test/tllm.o test/tgguf.o test/tgquant.o test/tkquant.o test/tpeer.o test/tsafe.o test/tarch.o test/tpool.o test/tsec.o test/tchatfs.o test/tbatch.o \
	test/qemu.o test/fat.o test/tvm.o test/tmk.o

bin/tests: $(TESTS) $(ENGINE) $(HOST) $(MAIN) | bin
	@echo ld $@
	@$(CC) -o $@ $^ $(LDLIBS)

test/%.o: test/%.c test/test.h test/ref.h test/vm.h test/fmathcases.h $(HFILES)
	@echo cc $<
	@$(CC) $(CFLAGS) -Iarch -Itest -c -o $@ $<

test: all bin/llmfs bin/vmrun bin/vexbytes bin/ggmlref
	@bin/tests

# qemu/install drives the 9front installer with it
bin/vmrun: test/vmrun.o test/qemu.o test/fat.o test/util.o $(ENGINE) $(HOST) $(MAIN) | bin
	@echo ld $@
	@$(CC) -o $@ $^ $(LDLIBS)

bin/bench: test/bench.o test/benchchat.o test/benchbatch.o test/util.o $(ENGINE) $(HOST) $(MAIN) | bin
	@echo ld $@
	@$(CC) -o $@ $^ $(LDLIBS)

# speed against the scalar path, the memory bandwidth and the peers, measured
# in one run; make bench BENCHFLAGS='-l /tmp/llama2c' adds llama2.c's builds
BENCHFLAGS =
bench: bin/bench bin/export
	@bin/bench $(BENCHFLAGS)

# a story from the default model, the 260K-parameter TinyStories llama
demo: bin/run
	bin/run $(MODELS)/stories260K.bin -z $(MODELS)/tok512.bin -t 0.8 -p 0.9 -s 42 -n 256 -i "Once upon a time"

# libFuzzer targets for the parsers, and for llmfs's 9P service and ctl
# commands (test/fuzz9p.c), each run for FUZZSECS seconds (clang);
# make fuzz FUZZ=9p FUZZSECS=600 runs one
FUZZSECS = 30
FUZZ = gguf safetensors json llama2c tokenizer 9p ctl
FUZZSAN = -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZFLAGS = -O1 -g -std=gnu11 -fsanitize=fuzzer-no-link $(FUZZSAN) -Wno-unknown-pragmas -Itest/include -Isrc -Iarch
FUZZENGINE = -nostdinc -isystem $(shell clang -print-resource-dir 2>/dev/null)/include
FUZZSRC = $(filter-out src/cmd.c,$(patsubst %.o,%.c,$(filter src/% arch/% format/% pool/% simd/port.o simd/gquant.o,$(ENGINE)))) simd/generic.c src/session.c src/replies.c src/net.c
FUZZHOST = test/host/fmt.c test/host/sys.c test/host/lib.c test/host/thread.c test/host/fcall.c test/host/lib9p.c test/host/auth.c
FUZZM = $(abspath $(MODELS))
fuzz: | bin
	@mkdir -p bin/fuzz
	@for f in $(FUZZHOST); do clang $(FUZZFLAGS) -c -o bin/fuzz/$$(basename $$f .c).o $$f || exit 1; done
	@for f in $(FUZZSRC); do clang $(FUZZFLAGS) $(FUZZENGINE) -c -o bin/fuzz/$$(basename $$f .c).o $$f || exit 1; done
	@for t in $(FUZZ); do \
		echo fuzz $$t; \
		src=test/fuzz.c; len=65536; \
		case $$t in 9p|ctl) src=test/fuzz9p.c; len=4096;; esac; \
		clang $(FUZZFLAGS) $(FUZZENGINE) -DTARGET=$$t -Wno-gnu-designator -Wno-c2x-extensions -DMODELS='"$(FUZZM)"' -c -o bin/fuzz/fuzz-$$t.o $$src || exit 1; \
		clang -fsanitize=fuzzer $(FUZZSAN) -o bin/fuzz-$$t bin/fuzz/fuzz-$$t.o \
			$$(ls bin/fuzz/*.o | grep -v 'fuzz-') -lm -lpthread || exit 1; \
		mkdir -p bin/corpus-$$t; \
		case $$t in \
		gguf) head -c 65536 $(MODELS)/stories260K.gguf > bin/corpus-$$t/seed;; \
		safetensors) head -c 65536 $(MODELS)/stories260K-hf-f32/model.safetensors > bin/corpus-$$t/seed;; \
		json) cp $(MODELS)/stories260K-hf-f32/config.json bin/corpus-$$t/seed; \
			head -c 65536 $(MODELS)/stories260K-hf-f32/tokenizer.json > bin/corpus-$$t/seed2;; \
		llama2c) head -c 65536 $(MODELS)/stories260K.bin > bin/corpus-$$t/seed;; \
		tokenizer) cp $(MODELS)/tok512.bin bin/corpus-$$t/seed;; \
		9p) printf '\x00\x01\x00\x02\x01\x02\x01\x01\x02\x00\x00\x01\x00\x03\x02\x0c\x00\x01\x01\x03\x02' > bin/corpus-$$t/seed; \
			printf '\x03\x01\x03\x00\x04\x03\x01\x03\x00\x00\x00\x02\x00\x04\x02\x0c\x08\x01\x02\x04\x00' >> bin/corpus-$$t/seed; \
			printf '\x02\x02\x04\x00\x03\x07\x03\x00\x02\x00\x03\x00\x05\x02\x0c\x09\x01\x03\x05\x00' >> bin/corpus-$$t/seed; \
			printf '\x02\x03\x05\x00\x03\x05\x01\x03\x04\x01\x03' >> bin/corpus-$$t/seed;; \
		ctl) printf '\x02steps 2\n\x02generate\n\x00pool-load p %s %s\n\x03p\n\x01pool-load q stories260K.bin tok512.bin\n\x02stop\n\x02close\n' \
			$(FUZZM)/stories260K.bin $(FUZZM)/tok512.bin > bin/corpus-$$t/seed;; \
		esac; \
		bin/fuzz-$$t -max_total_time=$(FUZZSECS) -timeout=60 -rss_limit_mb=2048 -max_len=$$len bin/corpus-$$t 2>&1 | tail -1; \
		test $${PIPESTATUS[0]:-0} = 0 || exit 1; \
	done

# the programs and tests built with gcc's ASan and UBSan in a copy of the
# tree (bin-san/9ml, beside a link to ../shared), and the llmfs tests run
# there; any report fails, llmfs's too (it runs as the tests' child), as
# each report goes to a file bin-san/log.* (leaks are not looked for: the
# tests keep what they read by design, and llmfs ends killed; make fuzz
# checks llmfs's leaks)
SANTESTS = llmfs_local llmfs_concurrent llmfs_flush llmfs_9p llmfs_load llmfs_storm llmfs_remote \
	llmfs_auth llmfs_owner llmfs_wstat llmfs_limits llmfs_slowreader llmfs_idle llmfs_longerr llmfs_fp llmfs_chat llmfs_batch pool_files pool_lru chat chat_run chat_templates
SANOPTS = halt_on_error=1:log_path=$(abspath bin-san)/log
SANASAN = $(SANOPTS):detect_leaks=0
sanitize:
	rm -rf bin-san
	mkdir -p bin-san/9ml
	ln -s $(abspath ..)/shared bin-san/shared
	cp -r Makefile mkfile src arch format pool simd test bin-san/9ml
	find bin-san/9ml -name '*.o' -delete
	$(MAKE) -C bin-san/9ml -j2 SAN='-fsanitize=address,undefined -fno-sanitize-recover=all' all
	cd bin-san/9ml && ASAN_OPTIONS=$(SANASAN) UBSAN_OPTIONS=$(SANOPTS):print_stacktrace=1 bin/tests $(SANTESTS) | tee ../tests.out
	grep -q ' 0 failed' bin-san/tests.out
	@if ls bin-san/log.* >/dev/null 2>&1; then cat bin-san/log.*; exit 1; fi
