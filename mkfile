# 9front build of 9ml: mk builds ./run, ./runq, ./export, ./llmfs and
# ./tests in this directory; mk install puts the programs in $BIN, the
# rc script llm in /rc/bin and the manual pages in /sys/man.
</$objtype/mkfile

BIN=/$objtype/bin
PROGS=run runq export llmfs

# before ENGINE, since mk expands a variable where it is assigned:
# the SSE2 kernels on amd64, the portable C elsewhere
<|rc ./simd/mkobjs

ENGINE=\
	src/cmd.$O\
	src/quant.$O\
	src/fmath.$O\
	src/model.$O\
	src/weights.$O\
	src/forward.$O\
	src/tokenizer.$O\
	src/bpe.$O\
	src/pretok.$O\
	src/unicode.$O\
	src/sampler.$O\
	src/generate.$O\
	src/template.$O\
	src/chat.$O\
	src/stops.$O\
	src/util.$O\
	format/bin.$O\
	format/gguf.$O\
	format/ggufmodel.$O\
	format/ggufwrite.$O\
	format/kquant.$O\
	format/wbuf.$O\
	format/json.$O\
	format/hftok.$O\
	format/safetensors.$O\
	format/stwrite.$O\
	simd/port.$O\
	simd/gquant.$O\
	src/parallel.$O\
	arch/arch.$O\
	arch/llama2.$O\
	arch/llama3.$O\
	arch/mistral.$O\
	pool/pool.$O\
	$SIMD\

TESTS=\
	test/harness.$O\
	test/util.$O\
	test/tfmt.$O\
	test/tfmath.$O\
	test/reference.$O\
	test/tmath.$O\
	test/tmodel.$O\
	test/tgen.$O\
	test/ttok.$O\
	test/ttmpl.$O\
	test/tchat.$O\
	test/tenc.$O\
	test/tbpe.$O\
	test/tbad.$O\
	test/tquant.$O\
	test/tsimd.$O\
	test/ninep.$O\
	test/tllmfs.$O\
	test/tchatfs.$O\
	test/tbatch.$O\
	test/tllm.$O\
	test/tgguf.$O\
	test/tgquant.$O\
	test/tkquant.$O\
	test/tpeer.$O\
	test/tsafe.$O\
	test/tarch.$O\
	test/tpool.$O\
	test/tsec.$O\
	test/qemu.$O\
	test/fat.$O\
	test/tvm.$O\
	test/tmk.$O\

HFILES=src/dat.h src/fns.h src/fs.h arch/arch.h
CFLAGS=$CFLAGS -Isrc -Iarch -Itest
MODELS=../shared/models

all:V: $PROGS tests tokenizer.bin

# the headers in rules of their own, without recipes, as in mkone:
# two recipes for one object would be ambiguous
%.$O: $HFILES
test/%.$O: test/test.h test/ref.h test/vm.h test/fmathcases.h test/ninep.h

# -o: 6c and 6a would write the object in this directory
%.$O: %.c
	$CC $CFLAGS -o $target $stem.c

%.$O: %.s
	$AS $AFLAGS -o $target $stem.s

run: src/run.$O $ENGINE
	$LD $LDFLAGS -o $target $prereq

runq: src/runq.$O $ENGINE
	$LD $LDFLAGS -o $target $prereq

export: src/export.$O $ENGINE
	$LD $LDFLAGS -o $target $prereq

llmfs: src/llmfs.$O src/session.$O src/replies.$O src/net.$O $ENGINE
	$LD $LDFLAGS -o $target $prereq

tests: $TESTS $ENGINE
	$LD $LDFLAGS -o $target $prereq

benchprog: test/bench.$O test/benchchat.$O test/benchbatch.$O test/util.$O $ENGINE
	$LD $LDFLAGS -o $target $prereq

bench:V: benchprog export
	./benchprog -b . -d $MODELS

tokenizer.bin:
	if(test -f $MODELS/tokenizer.bin)
		cp $MODELS/tokenizer.bin $target
	if not
		echo 'tokenizer.bin: not found; see README.md for where to get it' >[1=2]

# mk test runs every test; mk 'ONLY=fmt golden' test runs those
test:V: all
	./tests -b . -d $MODELS $ONLY

install:V: $PROGS
	for(p in $PROGS)
		cp $p $BIN/$p
	cp src/llm /rc/bin/llm
	chmod 775 /rc/bin/llm
	cp src/man/1/llm /sys/man/1/llm
	cp src/man/1/run /sys/man/1/run
	cp src/man/1/run /sys/man/1/runq
	cp src/man/1/export /sys/man/1/export
	cp src/man/4/llmfs /sys/man/4/llmfs

clean:V:
	rm -f */*.$O $PROGS tests benchprog tokenizer.bin
