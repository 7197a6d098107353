/*
 * The pool's files: only plain files are opened (a pipe or device could
 * block a load forever), and a path loaded again is read again when
 * its file changed, replacing the old model even at the count limit.
 */
#include <u.h>
#include <libc.h>
#include <thread.h>
#include "dat.h"
#include "fns.h"
#include "test.h"

void
testpoolfiles(void)
{
	Pool p;
	Poolent *a, *b;
	char *m, *t, *err;
	vlong t0;

	m = tpath("pool.model");
	t = mpath("tok512.bin");
	poolinit(&p);
	t0 = nsec();
	check(poolload(&p, "x", "/dev/null", t) < 0, "loaded /dev/null");
	err = smprint("%r");
	check(strcmp(err, "/dev/null: not a plain file") == 0, "/dev/null: %q", err);
	check(poolload(&p, "x", mpath("stories260K.bin"), tmpdir) < 0, "loaded a directory as a tokenizer");
	err = smprint("%r");
	check(strcmp(err, smprint("%s: is a directory", tmpdir)) == 0, "directory: %q", err);
	check(nsec() - t0 < 5000000000LL, "refusals took %.1f s", (nsec() - t0)/1e9);
	check(poolcount(&p) == 0, "refused loads left %d models", poolcount(&p));

	if(copyfile(mpath("stories260K.bin"), m) < 0){
		fail("copy: %r");
		return;
	}
	check(poollimit(&p, 1, 0) == 0, "limit: %r");
	check(poolload(&p, "x", m, t) == 0, "load: %r");
	a = poolget(&p, "x");
	if(a == nil){
		fail("x: %r");
		return;
	}
	check(a->m->format != Fgguf, "x is GGUF");
	check(poolload(&p, "x", m, t) == 0, "load again: %r");
	b = poolget(&p, "x");
	check(b == a, "an unchanged file was loaded again");
	if(b != nil)
		poolput(&p, b);
	/* the same path, now the GGUF file: another length, another model */
	if(copyfile(mpath("stories260K.gguf"), m) < 0){
		fail("copy: %r");
		return;
	}
	check(poolload(&p, "x", m, t) == 0, "reload at the limit: %r");
	b = poolget(&p, "x");
	check(b != nil && b != a && b->m->format == Fgguf, "the changed file was not loaded again");
	check(poolcount(&p) == 1, "count %d after the reload", poolcount(&p));
	if(b != nil)
		poolput(&p, b);
	poolput(&p, a);		/* the replaced one, still held: freed now */
	check(poolcount(&p) == 1, "count %d", poolcount(&p));
	check(poolunload(&p, "x") == 0 && poolcount(&p) == 0, "unload: %r");
}
