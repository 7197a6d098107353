/*
 * test: runs 9ml's tests and prints one line per test,
 *	ok name	or	FAIL name: why	or	not run: name: why
 * then "N passed, N failed". The same source runs on the host
 * (make test) and in 9front (mk test).
 */
#include <u.h>
#include <libc.h>
#include <thread.h>
#include "dat.h"
#include "fns.h"
#include "test.h"

int	failed;
static char	*skipped;

static char	*current;
static char	*notes;
static int	pass, nfail, nskip;
static vlong	started;	/* the running test's start; 0 between tests */
static int	limit;		/* its seconds */

static Test tests[] = {
	{"fmt", testfmt},
	{"fmath", testfmath},
	{"rmsnorm", testrmsnorm},
	{"softmax", testsoftmax},
	{"matmul", testmatmul},
	{"rng", testrng},
	{"sampler", testsampler},
	{"model_loading", testloading},
	{"tokenizer", testtokenizer},
	{"chat_templates", testtemplates},
	{"chat", testchat},
	{"chat_run", testchatrun},
	{"bpe_rules", testbperules},
	{"bpe_bad_input", testbpebad},
	{"bpe_llama3", testbpellama3},
	{"encode_merges", testencmerge},
	{"encode_stop", testencstop},
	{"encode_llama3", testencllama3},
	{"generation", testgeneration},
	{"golden", testgolden},
	{"cli", testcli},
	{"bad_input", testbadinput},
	{"fp_traps", testfptraps},
	{"quantize", testquantize},
	{"quantized_matmul", testqmatmul},
	{"generation_quantized", testgenq},
	{"runq", testrunq},
	{"export", testexport},
	{"q8_quality", testq8quality},
	{"simd_kernels", testsimd},
	{"threads", testthreads},
	{"prefill", testprefill},
	{"libthread", testlibthread},
	{"simd_threads_output", testsimdcli},
	{"asm2gas", testasm2gas},
	{"vex_bytes", testvexbytes},
	{"avx2_detect", testavx2detect},
	{"mk_include", testmkinclude},
	{"mk_build", testmkbuild},
	{"gguf_models", testggufmodels},
	{"gguf_vocab", testggufvocab},
	{"gguf_dequant", testggufdequant},
	{"gquant_dot", testgquantdot},
	{"gquant_kedge", testgquantkedge},
	{"gquant_models", testgquantmodels},
	{"gquant_export", testgquantexport},
	{"gquant_threads", testgquantthreads},
	{"kquant_ref", testkquantref},
	{"gguf_bad_input", testggufbad},
	{"gguf_parse", testggufparse},
	{"gguf_export", testggufexport},
	{"gguf_npm", testggufnpm},
	{"peer_tokens", testpeertokens},
	{"safetensors_models", testsafemodels},
	{"json", testjson},
	{"safetensors_bad_input", testsafebad},
	{"safetensors_export", testsafeexport},
	{"arch_detect", testarchdetect},
	{"arch_llama3", testarchllama3},
	{"arch_rope_freqs", testarchropefreqs},
	{"arch_export", testarchexport},
	{"arch_mistral", testarchmistral},
	{"pool_lru", testpoollru},
	{"pool_owners", testpoolowners},
	{"pool_files", testpoolfiles},
	{"llmfs_auth", testllmfsauth},
	{"llmfs_owner", testllmfsowner},
	{"llmfs_wstat", testllmfswstat},
	{"llmfs_limits", testllmfslimits},
	{"llmfs_slowreader", testllmfsslow, 300},
	{"llmfs_idle", testllmfsidle, 120},
	{"llmfs_longerr", testllmfslongerr},
	{"llmfs_fp", testllmfsfp},
	{"llmfs_chat", testllmfschat},
	{"llmfs_batch", testllmfsbatch},
	{"q8_batch", testq8batch},
	{"llmfs_memlimit", testllmfsmemlimit},
	{"llmfs_local", testllmfs},
	{"llmfs_concurrent", testllmfsconcurrent},
	{"llmfs_flush", testllmfsflush},
	{"llmfs_9p", testllmfs9p},
	{"llmfs_load", testllmfsload},
	{"llmfs_storm", testllmfsstorm},
	{"llmfs_remote", testllmfsremote},
	{"llm_script", testllm},
	{"fat_disk", testfatdisk},
	{"vm_scripts", testvmscripts},
	{"vm_transcript", testvmtranscript},
	{"vm_noboot", testvmnoboot},
	{"vm_build_tests", testvmbuild, Ownclock},
	{"vm_llmfs_remote", testvmllmfsremote, Ownclock},
};

void
fail(char *fmt, ...)
{
	va_list args;
	char buf[512];

	va_start(args, fmt);
	vseprint(buf, buf+sizeof buf, fmt, args);
	va_end(args);
	if(failed < 5)
		print("FAIL %s: %s\n", current, buf);
	failed++;
}

/* the test cannot run here: it is reported as not run, never as passed */
void
notrun(char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	skipped = vsmprint(fmt, args);
	va_end(args);
}

/* a measured figure to print with the test's ok line */
void
note(char *fmt, ...)
{
	va_list args;
	char *s, *t;

	va_start(args, fmt);
	s = vsmprint(fmt, args);
	va_end(args);
	t = notes ? smprint("%s; %s", notes, s) : s;
	if(t != s)
		free(s);
	free(notes);
	notes = t;
}

static void
usage(void)
{
	fprint(2, "usage: %s [-d modeldir] [-g goldendir] [-b bindir] [-l ms] [test ...]\n", argv0);
	exits("usage");
}

static int
wanted(char *name, int argc, char **argv)
{
	int i;

	if(argc == 0)
		return 1;
	for(i = 0; i < argc; i++)
		if(strcmp(argv[i], name) == 0)
			return 1;
	return 0;
}

static void
summary(void)
{
	if(nskip)
		print("%d not run\n", nskip);
	print("%d passed, %d failed\n", pass, nfail);
}

/* a test that hangs fails, and the run still ends with the summary */
static void
watchdog(void *v)
{
	vlong t;

	USED(v);
	for(;;){
		sleep(1000);
		t = started;
		if(t != 0 && limit > 0 && nsec() - t > limit*1000000000LL){
			print("FAIL %s: still running after %d s\n", current, limit);
			nfail++;
			summary();
			threadexitsall("hung");
		}
	}
}

int mainstacksize = 256*1024;

void
threadmain(int argc, char *argv[])
{
	int i;
	long loopms;

	ieeefp();
	loopms = 0;
	ARGBEGIN{
	case 'd': modeldir = EARGF(usage()); break;
	case 'g': goldendir = EARGF(usage()); break;
	case 'b': bindir = EARGF(usage()); break;
	case 'l': loopms = atol(EARGF(usage())); break;
	default: usage();
	}ARGEND
	if(loopms > 0){		/* the threads test's child, which is killed if it hangs */
		print("%ld\n", emptyloops(loopms));
		threadexitsall(nil);
	}
	quotefmtinstall();
	if(mktmpdir("9mltest") < 0)
		sysfatal("%r");
	if(proccreate(watchdog, nil, 16*1024) < 0)
		sysfatal("proccreate: %r");
	for(i = 0; i < nelem(tests); i++){
		if(!wanted(tests[i].name, argc, argv))
			continue;
		current = tests[i].name;
		failed = 0;
		notes = nil;
		skipped = nil;
		limit = tests[i].secs ? tests[i].secs : Testsecs;
		started = nsec();
		setway(Wall);	/* every kernel the machine has, as the programs start */
		tests[i].fn();
		started = 0;
		if(skipped != nil && !failed){
			print("not run: %s: %s\n", current, skipped);
			nskip++;
		}else if(failed){
			if(failed > 5)
				print("FAIL %s: ... %d failures in all\n", current, failed);
			nfail++;
		}else{
			if(notes)
				print("ok %s (%s)\n", current, notes);
			else
				print("ok %s\n", current);
			pass++;
		}
		free(notes);
		notes = nil;
	}
	rmtmpdir();
	summary();
	threadexitsall(nfail ? "fail" : nil);
}
