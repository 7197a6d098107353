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
	check(poolload(&p, "x", "/dev/null", t, "glenda") < 0, "loaded /dev/null");
	err = smprint("%r");
	check(strcmp(err, "/dev/null: not a plain file") == 0, "/dev/null: %q", err);
	check(poolload(&p, "x", mpath("stories260K.bin"), tmpdir, "glenda") < 0, "loaded a directory as a tokenizer");
	err = smprint("%r");
	check(strcmp(err, smprint("%s: is a directory", tmpdir)) == 0, "directory: %q", err);
	check(nsec() - t0 < 5000000000LL, "refusals took %.1f s", (nsec() - t0)/1e9);
	check(poolcount(&p) == 0, "refused loads left %d models", poolcount(&p));

	if(copyfile(mpath("stories260K.bin"), m) < 0){
		fail("copy: %r");
		return;
	}
	check(poollimit(&p, 1, 0) == 0, "limit: %r");
	check(poolload(&p, "x", m, t, "glenda") == 0, "load: %r");
	a = poolget(&p, "x");
	if(a == nil){
		fail("x: %r");
		return;
	}
	check(a->m->format != Fgguf, "x is GGUF");
	check(poolload(&p, "x", m, t, "glenda") == 0, "load again: %r");
	b = poolget(&p, "x");
	check(b == a, "an unchanged file was loaded again");
	if(b != nil)
		poolput(&p, b);
	/* the same path, now the GGUF file: another length, another model */
	if(copyfile(mpath("stories260K.gguf"), m) < 0){
		fail("copy: %r");
		return;
	}
	check(poolload(&p, "x", m, t, "glenda") == 0, "reload at the limit: %r");
	b = poolget(&p, "x");
	check(b != nil && b != a && b->m->format == Fgguf, "the changed file was not loaded again");
	check(poolcount(&p) == 1, "count %d after the reload", poolcount(&p));
	if(b != nil)
		poolput(&p, b);
	poolput(&p, a);		/* the replaced one, still held: freed now */
	check(poolcount(&p) == 1, "count %d", poolcount(&p));
	check(poolunload(&p, "x") == 0 && poolcount(&p) == 0, "unload: %r");
}

/*
 * a name is its loader's: another user's load may not replace it or
 * evict it, and holds at most four names; the owner may do all of that
 */
void
testpoolowners(void)
{
	Pool p;
	Poolent *e;
	char *m, *t, *err;

	err = "";
	m = mpath("stories260K.bin");
	t = mpath("tok512.bin");
	poolinit(&p);
	p.owner = "glenda";
	check(poolload(&p, "a", m, t, "glenda") == 0 && poolload(&p, "b", m, t, "alice") == 0, "load: %r");
	check(poolload(&p, "a", m, t, "alice") < 0 && strcmp(err = smprint("%r"), "permission denied") == 0,
		"alice replaced glenda's a: %q", err);
	check(poolload(&p, "b", mpath("stories260K.gguf"), t, "bob") < 0 && strcmp(err = smprint("%r"), "permission denied") == 0,
		"bob replaced alice's b: %q", err);
	check(poolload(&p, "c", m, t, "alice") == 0 && poolload(&p, "d", m, t, "alice") == 0
		&& poolload(&p, "e", m, t, "alice") == 0, "alice's loads: %r");
	check(poolload(&p, "f", m, t, "alice") < 0 && strcmp(err = smprint("%r"), "too many models") == 0,
		"alice's fifth name: %q", err);
	check(poollimit(&p, 5, 0) == 0 && poolcount(&p) == 5, "limit 5: %r");
	check(poolload(&p, "x", m, t, "bob") < 0, "bob's load in a full pool of others' was taken");
	err = smprint("%r");
	check(strncmp(err, "pool full: 6 models", 19) == 0 && strstr(err, "the rest in use or others'") != nil,
		"bob's load in a full pool of others': %q", err);
	check(poolload(&p, "b", mpath("stories260K.gguf"), t, "alice") == 0, "alice's replacing her own b: %r");
	check(poolload(&p, "g", m, t, "glenda") == 0 && poolget(&p, "a") == nil && poolcount(&p) == 5,
		"glenda's g did not evict the least recent, her a: %r");
	check(poolload(&p, "c", mpath("stories260K.gguf"), t, "glenda") == 0, "glenda's replacing alice's c: %r");
	e = poolget(&p, "c");
	check(e != nil && strcmp(e->uid, "glenda") == 0, "c is %s's", e != nil ? e->uid : "nobody");
	if(e != nil)
		poolput(&p, e);
	check(poolload(&p, "f", m, t, "alice") == 0, "alice's fourth name after glenda took c: %r");
}
