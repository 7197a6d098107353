/*
 * bench's peer, llama.cpp through node-llama-cpp (test/peer.mjs), runs
 * the model it is given: its greedy tokens from BOS are ours, on the
 * trained stories260K as the shared GGUF file holds it (FP32) and as
 * export writes it in Q8_0 (each side quantizing its products' input
 * to Q8_0 in blocks of 32, as llama.cpp's CPU backend does).
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"
#include "test.h"

enum {
	Peertoks	= 32,
};

/* the peer's greedy tokens on path, in tok; how many, or -1 and why in *why */
static int
peertokens(char *node, char *path, int *tok, char **why)
{
	char *argv[7], *out, *err, *f[Peertoks+2];
	int n, i;

	argv[0] = node;
	argv[1] = "test/peer.mjs";
	argv[2] = "tokens";
	argv[3] = path;
	argv[4] = "1";
	argv[5] = smprint("%d", Peertoks);
	argv[6] = nil;
	out = err = nil;
	if(runprog(argv, &out, &err) != 0 || out == nil){
		*why = smprint("peer.mjs failed: %s", err != nil ? err : "");
		return -1;
	}
	if(strncmp(out, "not run: ", 9) == 0){
		*why = out + 9;
		return -1;
	}
	n = tokenize(out, f, nelem(f));
	if(n < 1 || strcmp(f[0], "tokens") != 0){
		*why = smprint("peer.mjs said %q", out);
		return -1;
	}
	for(i = 1; i < n; i++)
		tok[i-1] = atoi(f[i]);
	return n - 1;
}

/* ours, greedy from BOS: n tokens of m in tok */
static void
ourtokens(Model *m, int *tok, int n)
{
	State *st;
	int pos, t;

	st = newstate(&m->c, n);
	if(st == nil){
		fail("newstate: %r");
		return;
	}
	t = 1;
	for(pos = 0; pos < n; pos++){
		t = argmax(forward(m, st, t, pos), m->c.vocab);
		tok[pos] = t;
	}
	freestate(st);
}

static void
agree(char *node, char *path, int q)
{
	Model *m;
	int ours[Peertoks], theirs[Peertoks], n, i;
	char *why;

	n = peertokens(node, path, theirs, &why);
	if(n < 0){
		if(strstr(why, "node-llama-cpp") != nil)
			notrun("%s", why);
		else
			fail("%s: %s", path, why);
		return;
	}
	m = openmodelq(path, q);
	if(m == nil){
		fail("%s: %r", path);
		return;
	}
	ourtokens(m, ours, Peertoks);
	check(n == Peertoks, "%s: llama.cpp gave %d tokens, not %d", path, n, Peertoks);
	for(i = 0; i < n && i < Peertoks; i++)
		if(ours[i] != theirs[i]){
			fail("%s: token %d: ours %d, llama.cpp's %d", path, i, ours[i], theirs[i]);
			break;
		}
	freemodel(m);
}

void
testpeertokens(void)
{
	char *node, *r, *q8, *a[12];

	node = findprog("node");
	if(node == nil){
		notrun("needs node and node-llama-cpp in test/node_modules (.ci/run installs them)");
		return;
	}
	agree(node, mpath("stories260K.gguf"), 0);
	agree(node, mpath("stories260K-F16.gguf"), 0);
	/* stories260K's hidden 172 is not a multiple of Q8_0's 32: a random model of 32s */
	r = tpath("p.bin");
	a[0] = "random"; a[1] = r; a[2] = "128"; a[3] = "384"; a[4] = "4"; a[5] = "4"; a[6] = "2"; a[7] = "512"; a[8] = "64"; a[9] = nil;
	if(export1(a) == nil)
		return;
	q8 = tpath("p-q8.gguf");
	a[0] = "gguf"; a[1] = "-t"; a[2] = "q8_0"; a[3] = "-z"; a[4] = mpath("tok512.bin");
	a[5] = r; a[6] = q8; a[7] = nil;
	if(export1(a) != nil)
		agree(node, q8, 1);
}
