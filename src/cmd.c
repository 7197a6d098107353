/*
 * The command line of run and runq: llama2.c's, in Plan 9 form.
 * The model may come first (as in llama2.c) or last.
 */
#include <u.h>
#include <libc.h>
#include <thread.h>
#include "dat.h"
#include "fns.h"

static int threads;	/* --threads n; 0: one per processor */

static void
stdout1(Gen*, char *s)
{
	write(1, s, strlen(s));
}

static void
usage(void)
{
	fprint(2, "usage: %s [-t temp] [-p topp] [-s seed] [-n steps] [-i prompt] [-z tokenizer] "
		"[-m generate|chat] [-y system] [-T template] [-a arch] [--threads n] [--no-simd] [--no-avx] [--no-avx2] [--no-vnni] [--no-ssse3] model\n", argv0);
	exits("usage");
}

/* flag c's value s is refused if err is not nil */
static void
refuse(int c, char *s, char *err)
{
	if(err != nil){
		fprint(2, "%s: -%c %s: %s\n", argv0, c, s, err);
		usage();
	}
}

/* take the --long options out of argv before ARGBEGIN sees it */
static int
longopts(int argc, char **argv)
{
	int i, n;
	vlong t;

	n = 1;
	for(i = 1; i < argc; i++){
		if(strcmp(argv[i], "--") == 0){
			while(i < argc)
				argv[n++] = argv[i++];
			break;
		}
		if(strcmp(argv[i], "--no-simd") == 0)
			usesimd = 0;
		else if(strcmp(argv[i], "--no-avx") == 0)
			useavx = 0;
		else if(strcmp(argv[i], "--no-avx2") == 0)
			useavx2 = 0;
		else if(strcmp(argv[i], "--no-vnni") == 0)
			usevnni = 0;
		else if(strcmp(argv[i], "--no-ssse3") == 0)
			usessse3 = 0;
		else if(strcmp(argv[i], "--threads") == 0){
			if(++i >= argc)
				usage();
			if(intarg(argv[i], 1, 1024, &t) != nil)
				usage();
			threads = t;
		}else if(strncmp(argv[i], "--", 2) == 0)
			usage();
		else
			argv[n++] = argv[i];
	}
	argv[n] = nil;
	return n;
}

/* name is run (FP32 models) or runq (Q8_0 models) */
void
runmain(int argc, char *argv[], char *name)
{
	char *model, *tokpath, *prompt, *mode, *sys, *archname, *tmplname, *a;
	float temp, topp;
	int steps;
	uvlong seed;
	double v;
	vlong n;
	Model *m;
	Tokenizer *t;
	Sampler *s;
	Gen g;
	Tmpl *tm;

	ieeefp();
	argv0 = name;
	argc = longopts(argc, argv);
	model = nil;
	if(argc > 1 && argv[1][0] != '-'){
		model = argv[1];
		argv[1] = argv[0];
		argv++;
		argc--;
	}
	tokpath = nil;
	prompt = nil;
	mode = "generate";
	sys = nil;
	archname = nil;
	tmplname = nil;
	temp = 1.0f;
	topp = 0.9f;
	steps = 256;
	seed = 0;
	ARGBEGIN{
	case 't': a = EARGF(usage()); refuse('t', a, temparg(a, &v)); temp = v; break;
	case 'p': a = EARGF(usage()); refuse('p', a, numarg(a, 0, 1, &v)); topp = v; break;
	case 's': a = EARGF(usage()); refuse('s', a, seedarg(a, &seed)); break;
	case 'n': a = EARGF(usage()); refuse('n', a, intarg(a, 0, Maxseq, &n)); steps = n; break;
	case 'i': prompt = EARGF(usage()); break;
	case 'z': tokpath = EARGF(usage()); break;
	case 'm': mode = EARGF(usage()); break;
	case 'y': sys = EARGF(usage()); break;
	case 'a': archname = EARGF(usage()); break;
	case 'T': tmplname = EARGF(usage()); break;
	default: usage();
	}ARGEND
	if(model == nil && argc > 0){
		model = argv[0];
		argc--;
	}
	if(model == nil || argc != 0)
		usage();
	if(strcmp(mode, "generate") != 0 && strcmp(mode, "chat") != 0){
		fprint(2, "%s: unknown mode %s\n", argv0, mode);
		usage();
	}
	tm = nil;
	if(tmplname != nil && (tm = tmplbyname(tmplname)) == nil)
		sysfatal("-T %s: %r", tmplname);
	threadsinit(threads);
	m = openmodelq(model, strcmp(name, "runq") == 0 ? Lq8 : Lown);
	if(m == nil)
		sysfatal("%s: %r", model);
	if(archname != nil){
		m->c.arch = archbyname(archname);
		if(m->c.arch == nil)
			sysfatal("%r");
		snprint(m->c.archwhy, sizeof m->c.archwhy, "-a %s", archname);
	}
	if(steps == 0 || steps > m->c.seqlen)
		steps = m->c.seqlen;
	/* the model file's own tokenizer, unless -z names one */
	if(tokpath == nil && m->tokerr != nil)
		sysfatal("%s: %s", model, m->tokerr);
	if(tokpath == nil && m->tok != nil){
		t = m->tok;
		m->tok = nil;
	}else{
		if(tokpath == nil)
			tokpath = "tokenizer.bin";
		t = opentokenizer(tokpath, m->c.vocab);
		if(t == nil)
			sysfatal("%s: %r", tokpath);
	}
	s = newsampler(m->c.vocab, temp, topp, seed != 0 ? seed : (uvlong)time(nil));
	if(s == nil)
		sysfatal("%r");
	if(strcmp(mode, "chat") == 0){
		tm = tm != nil ? tm : tmplfor(m, t);
		if(tm == nil)
			sysfatal("%r");
		if(chatrun(m, t, tm, s, prompt, sys, steps) < 0)
			sysfatal("%r");
	}else{
		memset(&g, 0, sizeof g);
		g.put = stdout1;
		if(generate(m, t, s, prompt, steps, &g) < 0)
			sysfatal("%r");
		if(g.tps > 0)
			fprint(2, "achieved tok/s: %f\n", g.tps);
	}
	freesampler(s);
	freetokenizer(t);
	freemodel(m);
	threadexitsall(nil);
}
