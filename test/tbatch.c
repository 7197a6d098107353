/*
 * llmfs's batches: sessions generating on one model at once, started at
 * different moments, each giving what run gives alone with the same
 * settings, whoever joins or leaves; stopped and closed ones leave the
 * rest as they were. With SIMD and without, one proc and two.
 */
#include <u.h>
#include <libc.h>
#include <thread.h>
#include <fcall.h>
#include "dat.h"
#include "fns.h"
#include "test.h"
#include "ninep.h"

typedef struct Job Job;
struct Job {
	char	*prompt;
	char	*temp;
	char	*seed;
	char	*steps;
	char	*want;		/* run's output */
	char	*s;		/* the session */
};

static Job jobs[] = {
	{"Once upon a time", "0", "1", "200"},
	{"The little dog", "0.8", "7", "150"},
	{"Lily and Tom went to the park", "1", "42", "256"},
	{"A", "0", "3", "90"},
	{"One day, a big bear", "0.5", "99", "220"},
	{"The sun", "1", "5", "180"},
	{"Ben had a red ball. He", "0.9", "11", "240"},
	{"Sam", "0", "8", "120"},
};

static char	*model;	/* the one the sessions run */
static char	*prog = "run";	/* and what gives each its text alone */

static char*
runwant(Job *j, char *procs, int simd)
{
	char *argv[20], *out;
	int n;

	n = 0;
	argv[n++] = bpath(prog);
	argv[n++] = model;
	argv[n++] = "-z"; argv[n++] = mpath("tok512.bin");
	argv[n++] = "-t"; argv[n++] = j->temp;
	argv[n++] = "-s"; argv[n++] = j->seed;
	argv[n++] = "-n"; argv[n++] = j->steps;
	argv[n++] = "-i"; argv[n++] = j->prompt;
	argv[n++] = "--threads"; argv[n++] = procs;
	if(!simd)
		argv[n++] = "--no-simd";
	argv[n] = nil;
	if(runprog(argv, &out, nil) != 0)
		return nil;
	return out;
}

static char*
begin(Conn *c, Job *j)
{
	char *s;

	if((s = ncat(c, "clone")) == nil)
		return nil;
	s[strcspn(s, "\n")] = 0;
	if(necho(c, smprint("%s/ctl", s), smprint("temp %s", j->temp)) < 0
	|| necho(c, smprint("%s/ctl", s), smprint("seed %s", j->seed)) < 0
	|| necho(c, smprint("%s/ctl", s), smprint("steps %s", j->steps)) < 0
	|| necho(c, smprint("%s/prompt", s), j->prompt) < 0
	|| necho(c, smprint("%s/ctl", s), "generate") < 0)
		return nil;
	return s;
}

/* n sessions, each begun once the one before is under way; the second-last stopped early, the last closed when n > 4 */
static void
together(Conn *c, int n, char *cfg)
{
	char *out, *st;
	int i, stop, gone;

	stop = n > 2 ? n - 2 : -1;
	gone = n > 4 ? n - 1 : -1;
	for(i = 0; i < n; i++){
		jobs[i].s = begin(c, &jobs[i]);
		if(jobs[i].s == nil){
			fail("%s: session %d of %d: %r", cfg, i, n);
			return;
		}
		if(i == stop)
			necho(c, smprint("%s/ctl", jobs[i].s), "stop");
		else if(i == gone)
			necho(c, smprint("%s/ctl", jobs[i].s), "close");
		else
			nunderway(c, jobs[i].s);
	}
	for(i = 0; i < n; i++){
		if(i == gone)
			continue;
		out = ncat(c, smprint("%s/output", jobs[i].s));
		if(i == stop){
			/* what it gave before the stop, and the newline of its end */
			check(out != nil && strlen(out) > 0 && out[strlen(out)-1] == '\n'
				&& strncmp(out, jobs[i].want, strlen(out) - 1) == 0,
				"%s, %d sessions: the stopped %d gave %q, run %q", cfg, n, i, out, jobs[i].want);
		}else
			check(out != nil && strcmp(out, jobs[i].want) == 0,
				"%s, %d sessions: session %d gave %q, run %q", cfg, n, i, out, jobs[i].want);
		st = ncat(c, smprint("%s/status", jobs[i].s));
		check(st != nil && strncmp(st, "done ", 5) == 0, "%s: status %q", cfg, st);
		necho(c, smprint("%s/ctl", jobs[i].s), "close");
	}
}

/* one llmfs with flags, and the rounds of 1, 2, 5 and 8 sessions on model; -1 if it cannot start */
static int
rounds(char *cfg, char **flags, char *procs, int simd)
{
	static int ns[] = {1, 2, 5, 8};
	char *addr, *st, *p;
	Conn *c;
	int pid, i, peak;
	Waitmsg *w;

	for(i = 0; i < nelem(jobs); i++)
		if((jobs[i].want = runwant(&jobs[i], procs, simd)) == nil){
			fail("%s: run %d: %r", cfg, i);
			return -1;
		}
	if((addr = llmfsup(flags, &pid)) == nil)
		return -1;
	if((c = nconnect(addr)) == nil){
		fail("connect: %r");
		postnote(PNPROC, pid, "kill");
		free(wait());
		return -1;
	}
	check(necho(c, "ctl", smprint("load %s %s", model, mpath("tok512.bin"))) == 0, "load: %r");
	for(i = 0; i < nelem(ns); i++)
		together(c, ns[i], cfg);
	/* the batches were shared: some step ran more than one generation */
	st = ncat(c, "ctl");
	p = st != nil ? strstr(st, "\nbatched ") : nil;
	peak = p != nil ? atoi(p + 9) : 0;
	check(peak >= 2, "%s: at most %d generations went in one step: %q", cfg, peak, st);
	nhangup(c);
	postnote(PNPROC, pid, "kill");
	w = wait();
	free(w);
	return 0;
}

void
testllmfsbatch(void)
{
	static char *procs[] = {"1", "2"};
	char *flags[5];
	int k, simd;

	model = mpath("stories260K.bin");
	for(simd = 1; simd >= 0; simd--)
	for(k = 0; k < nelem(procs); k++){
		flags[0] = "-t"; flags[1] = "-p"; flags[2] = procs[k];
		flags[3] = simd ? nil : "-P"; flags[4] = nil;
		if(rounds(smprint("%s, %s procs", simd ? "SIMD" : "C", procs[k]), flags, procs[k], simd) < 0)
			return;
	}
	/* a GGUF file's F16 matrices, kept as F16 by llmfs as by run */
	model = mpath("stories260K-F16.gguf");
	flags[0] = "-t"; flags[1] = "-p"; flags[2] = "2"; flags[3] = nil;
	if(rounds("F16 GGUF, SIMD, 2 procs", flags, "2", 1) < 0)
		return;
	/* a Q8_0 llama2.c file (groups of 4: stories260K's 172 is no multiple of 32), against runq */
	model = tpath("batchq.bin");
	if(exportq(mpath("stories260K.bin"), model) != 0){
		fail("export quantize: %r");
		return;
	}
	prog = "runq";
	rounds("Q8_0, SIMD, 2 procs", flags, "2", 1);
	prog = "run";
}

/* export's args, the nil among them made path: path, or nil if it fails */
static char*
exported(char *path, char **args, int n)
{
	char *argv[16];
	int i;

	argv[0] = bpath("export");
	for(i = 0; i < n && i < nelem(argv) - 2; i++)
		argv[i+1] = args[i] != nil ? args[i] : path;
	argv[i+1] = nil;
	return runprog(argv, nil, nil) == 0 ? path : nil;
}

/* the kernels' way: AVX2, AVX or SSSE3 (where the machine has them), SSE2 or C */
static char*
wayname(void)
{
	return !usesimd ? "C" : useavx && useavx2 ? "AVX2" : useavx ? "AVX" : usessse3 ? "SSSE3" : "SSE2";
}

/*
 * nseq sequences through forwardb together, steps positions, in the
 * kernels' way, against each alone through forward in C: the same
 * logits, bit for bit
 */
static void
qbatch(char *name, Model *m, int nseq, int steps)
{
	State *b, *s[Batch], *r[Batch];
	Seq q[Batch];
	float *lb, *lr;
	int i, pos, tok, v, bad, simd;

	v = m->c.vocab;
	b = newbatch(&m->c, nseq);
	for(i = 0; i < nseq; i++){
		s[i] = newstate(&m->c, steps);
		r[i] = newstate(&m->c, steps);
	}
	bad = 0;
	for(pos = 0; pos < steps && !bad; pos++){
		for(i = 0; i < nseq; i++){
			q[i].s = s[i];
			q[i].pos = pos;
			q[i].tok = (i*37 + pos*11 + 1) % v;
		}
		lb = forwardb(m, b, q, nseq, nseq);
		for(i = 0; i < nseq && !bad; i++){
			tok = q[i].tok;
			simd = usesimd;
			usesimd = 0;
			lr = forward(m, r[i], tok, pos);
			usesimd = simd;
			bad = memcmp(lb + (vlong)i*v, lr, v*sizeof(float)) != 0;
			check(!bad, "%s, %s: %d together, sequence %d at %d: logits differ from its own in C",
				name, wayname(), nseq, i, pos);
		}
	}
	for(i = 0; i < nseq; i++){
		freestate(s[i]);
		freestate(r[i]);
	}
	freestate(b);
}

/*
 * Q8_0 matrices in batches, four rows of the batch at a time by
 * qmatmul4 and the rest one by one: stories260K's in groups of four,
 * which qmatmul4 leaves to C, and a random model's in groups of 32 over
 * rows of 256 and 768 columns, which its kernel takes, in blocks of 448
 * rows (Blkbytes) and passes of 512 columns; each with the AVX2
 * kernels, the SSE2 ones and C
 */
void
testq8batch(void)
{
	static char *q260[] = {"quantize", "-g", "4", "", nil};
	static char *rnd[] = {"random", nil, "256", "768", "2", "8", "8", "512", "64"};
	static char *q64[] = {"quantize", "-g", "32", "", nil};
	static int ns[] = {4, 7, 9, 16};
	char *path[2], *name[2];
	Model *m;
	int simd, avx, k, i, w;

	simd = usesimd;
	avx = useavx;
	usesimd = useavx = 1;
	if(!avx2())
		note("AVX2 not on this machine: its way is SSE2's");
	q260[3] = mpath("stories260K.bin");
	path[0] = exported(tpath("s260q8.bin"), q260, nelem(q260));
	name[0] = "stories260K Q8_0 in 4s";
	q64[3] = exported(tpath("r64.bin"), rnd, nelem(rnd));
	path[1] = q64[3] != nil ? exported(tpath("r64q8.bin"), q64, nelem(q64)) : nil;
	name[1] = "random Q8_0 in 32s";
	for(k = 0; k < 2; k++){
		if(path[k] == nil || (m = openmodelq(path[k], 1)) == nil){
			fail("%s: %r", name[k]);
			continue;
		}
		check(m->gs == (k == 0 ? 4 : 32), "%s: groups of %d", name[k], m->gs);
		for(w = Nways-1; w >= 0; w--){
			setway(w);
			for(i = 0; i < nelem(ns); i++)
				qbatch(name[k], m, ns[i], 12);
		}
		freemodel(m);
	}
	usesimd = simd;
	useavx = avx;
}
