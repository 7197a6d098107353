/*
 * The mkfile, run by a real mk: test/mk/chroot runs 9base's mk on a
 * copy of the tree in a root of its own, whose /amd64/mkfile puts gcc
 * behind CC, AS and LD. What mk builds must print what make's
 * programs print, mk install must put the programs, the llm script
 * and the manual pages where 9front keeps them, and mk clean must leave
 * the copy as it was.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"
#include "test.h"

static char	*mkd;		/* test/mk/chroot's directory */
static char	*mkout;		/* the last mk's output */

static char*
lastline(char *s)
{
	char *p;

	if(s == nil)
		return "";
	p = s + strlen(s);
	while(p > s && (p[-1] == '\n' || p[-1] == ' '))
		*--p = 0;
	while(p > s && p[-1] != '\n')
		p--;
	return p;
}

/* mk's own complaint, which its traces follow, or the last line */
static char*
why(char *err, char *out)
{
	char *p, *e;

	if(err != nil && *err != 0){
		p = strncmp(err, "mk: ", 4) == 0 ? err : strstr(err, "\nmk: ");
		if(p == nil)
			return lastline(err);
		p += *p == '\n' ? 5 : 4;
		if((e = strchr(p, '\n')) != nil)
			*e = 0;
		return p;
	}
	return lastline(out);
}

/* the first FAIL line of the copy's tests, if any */
static char*
firstfail(char *out)
{
	char *p, *e;

	if(out == nil || (p = strstr(out, "\nFAIL ")) == nil)
		return nil;
	p++;
	e = strchr(p, '\n');
	return smprint("%.*s", e != nil ? (int)(e-p) : (int)strlen(p), p);
}

/* mk with up to two arguments in the copy: 0, or -1 when it failed or could not run */
static int
mk(char *a0, char *a1)
{
	char *argv[5], *err, *f;
	int n, r;

	n = 0;
	argv[n++] = "test/mk/chroot";
	argv[n++] = mkd;
	if(a0 != nil)
		argv[n++] = a0;
	if(a1 != nil)
		argv[n++] = a1;
	argv[n] = nil;
	free(mkout);
	r = runprogfor(argv, 300, &mkout, &err);
	if(r == 0){
		free(err);
		return 0;
	}
	if(mkout != nil && strncmp(mkout, "not run: ", 9) == 0)
		notrun("%s", lastline(mkout+9));
	else{
		f = firstfail(mkout);
		fail("mk%s%s%s%s: %s%s%s", a0 ? " " : "", a0 ? a0 : "", a1 ? " " : "", a1 ? a1 : "",
			why(err, mkout), f != nil ? "; " : "", f != nil ? f : "");
		free(f);
	}
	free(err);
	return -1;
}

static char*
mkpath(char *name)
{
	return smprint("%s/%s", mkd, name);
}

/* is name a line of the list? */
static int
listed(char *list, char *name)
{
	char *p;
	int n;

	n = strlen(name);
	for(p = list; p != nil && *p; p = strchr(p, '\n'), p = p ? p+1 : nil)
		if(strncmp(p, name, n) == 0 && (p[n] == '\n' || p[n] == 0))
			return 1;
	return 0;
}

/* the first line of a not in b */
static char*
extra(char *a, char *b)
{
	char *f[1024];
	int i, n;

	a = strdup(a);
	n = getfields(a, f, nelem(f), 1, "\n");
	for(i = 0; i < n; i++)
		if(*f[i] != 0 && !listed(b, f[i])){
			b = strdup(f[i]);
			free(a);
			return b;
		}
	free(a);
	return nil;
}

static int
samefile(char *a, char *b)
{
	char *x, *y;
	long nx, ny;
	int same;

	x = readall(a, &nx);
	y = readall(b, &ny);
	same = x != nil && y != nil && nx == ny && memcmp(x, y, nx) == 0;
	free(x);
	free(y);
	return same;
}

/* the names in a directory, sorted, one a line */
static char*
names(char *dir)
{
	Dir *d;
	long n, i, j;
	char *s, *t, *name;
	int fd;

	fd = open(dir, OREAD);
	if(fd < 0)
		return nil;
	n = dirreadall(fd, &d);
	close(fd);
	for(i = 1; i < n; i++)
		for(j = i; j > 0 && strcmp(d[j-1].name, d[j].name) > 0; j--){
			name = d[j].name;
			d[j].name = d[j-1].name;
			d[j-1].name = name;
		}
	s = strdup("");
	for(i = 0; i < n; i++){
		t = smprint("%s%s\n", s, d[i].name);
		free(s);
		s = t;
	}
	if(n > 0)
		free(d);
	return s;
}

/* every file mk made is a program or the object of a source in the copy */
static int
madeby(char *files, char *copied, char **want, char *notwant)
{
	char *f[1024], *src;
	int i, n, made, c;

	for(i = 0; want[i] != nil; i++)
		check(listed(files, want[i]), "mk did not make %s", want[i]);
	check(!listed(files, notwant), "mk made %s, not for this objtype", notwant);
	files = strdup(files);
	n = getfields(files, f, nelem(f), 1, "\n");
	made = 0;
	for(i = 0; i < n; i++){
		if(*f[i] == 0 || listed(copied, f[i]))
			continue;
		made++;
		if(strlen(f[i]) > 2 && strcmp(f[i]+strlen(f[i])-2, ".6") == 0){
			src = strdup(f[i]);
			src[strlen(src)-1] = 'c';
			c = listed(copied, src);
			src[strlen(src)-1] = 's';
			check(strchr(f[i], '/') != nil && (c || listed(copied, src)), "mk made %s, the object of no source", f[i]);
			free(src);
		}else
			check(strcmp(f[i], "run") == 0 || strcmp(f[i], "runq") == 0 || strcmp(f[i], "export") == 0
				|| strcmp(f[i], "llmfs") == 0 || strcmp(f[i], "tests") == 0 || strcmp(f[i], "benchprog") == 0
				|| strcmp(f[i], "tokenizer.bin") == 0, "mk made %s", f[i]);
	}
	free(files);
	return made;
}

/* mk's run and runq print what make's do, and its export writes the same file */
static void
programs(void)
{
	char *argv[5], *want, *got, *bin;
	int i;

	bin = bindir;
	for(i = 0; i < 2; i++){
		argv[0] = i == 0 ? bpath("export") : mkpath("9ml/export");
		argv[1] = "quantize";
		argv[2] = mpath("stories260K.bin");
		argv[3] = tpath(i == 0 ? "make.q8" : "mk.q8");
		argv[4] = nil;
		check(runprog(argv, nil, nil) == 0, "%s quantize failed", argv[0]);
	}
	check(samefile(tpath("mk.q8"), tpath("make.q8")), "mk's export quantize wrote another file than make's");
	want = runmodel("run", mpath("stories260K.bin"), mpath("tok512.bin"), "0", "1", "256");
	bindir = mkpath("9ml");
	got = runmodel("run", mpath("stories260K.bin"), mpath("tok512.bin"), "0", "1", "256");
	bindir = bin;
	check(want != nil && got != nil && *want != 0 && strcmp(want, got) == 0, "mk's run printed %q, make's %q", got, want);
	want = runmodel("runq", tpath("make.q8"), mpath("tok512.bin"), "0", "1", "256");
	bindir = mkpath("9ml");
	got = runmodel("runq", tpath("make.q8"), mpath("tok512.bin"), "0", "1", "256");
	bindir = bin;
	check(want != nil && got != nil && *want != 0 && strcmp(want, got) == 0, "mk's runq printed %q, make's %q", got, want);
}

static void
installed(void)
{
	static char *progs[] = {"export", "llmfs", "run", "runq"};
	static char *man1[] = {"export", "export", "llm", "llm", "run", "run", "runq", "run"};
	char *s;
	Dir *d;
	int i;

	s = names(mkpath("inst/bin"));
	check(s != nil && strcmp(s, "export\nllmfs\nrun\nrunq\n") == 0, "mk install put in $BIN: %q", s);
	free(s);
	for(i = 0; i < nelem(progs); i++)
		check(samefile(mkpath(smprint("inst/bin/%s", progs[i])), mkpath(smprint("9ml/%s", progs[i]))),
			"$BIN/%s is not the %s mk built", progs[i], progs[i]);
	s = names(mkpath("inst/rc"));
	check(s != nil && strcmp(s, "llm\n") == 0, "mk install put in /rc/bin: %q", s);
	free(s);
	check(samefile(mkpath("inst/rc/llm"), "src/llm"), "/rc/bin/llm is not src/llm");
	d = dirstat(mkpath("inst/rc/llm"));
	check(d != nil && (d->mode & 0777) == 0775, "/rc/bin/llm has mode %luo, want 775", d ? d->mode & 0777 : 0);
	free(d);
	s = names(mkpath("inst/man"));
	check(s != nil && strcmp(s, "1\n4\n") == 0, "mk install put in /sys/man: %q", s);
	free(s);
	s = names(mkpath("inst/man/1"));
	check(s != nil && strcmp(s, "export\nllm\nrun\nrunq\n") == 0, "mk install put in /sys/man/1: %q", s);
	free(s);
	s = names(mkpath("inst/man/4"));
	check(s != nil && strcmp(s, "llmfs\n") == 0, "mk install put in /sys/man/4: %q", s);
	free(s);
	for(i = 0; i < nelem(man1); i += 2)
		check(samefile(mkpath(smprint("inst/man/1/%s", man1[i])), smprint("src/man/1/%s", man1[i+1])),
			"/sys/man/1/%s is not src/man/1/%s", man1[i], man1[i+1]);
	check(samefile(mkpath("inst/man/4/llmfs"), "src/man/4/llmfs"), "/sys/man/4/llmfs is not src/man/4/llmfs");
}

/* a header newer than the objects: mk -n would compile what includes it, and only that */
static void
headers(char *h, char **want, char **notwant, int ahead)
{
	char *argv[5];
	int i;

	argv[0] = findprog("touch");
	argv[1] = "-d";
	argv[2] = smprint("@%ld", time(0) + ahead);
	argv[3] = mkpath(smprint("9ml/%s", h));
	argv[4] = nil;
	if(argv[0] == nil || runprog(argv, nil, nil) != 0){
		fail("touch %s failed", h);
		return;
	}
	if(mk("-n", nil) < 0)
		return;
	for(i = 0; want[i] != nil; i++)
		check(strstr(mkout, smprint("-o %s ", want[i])) != nil, "after %s changed, mk would not make %s", h, want[i]);
	for(i = 0; notwant[i] != nil; i++)
		check(strstr(mkout, smprint("-o %s ", notwant[i])) == nil, "after %s changed, mk would make %s", h, notwant[i]);
}

static void
mkall(void)
{
	static char *want[] = {"run", "runq", "export", "llmfs", "tests", "tokenizer.bin", "src/cmd.6", "test/harness.6",
		"simd/amd64.6", "simd/simd_amd64.6", "simd/simdq_amd64.6", nil};
	static char *bench[] = {"benchprog", "test/bench.6", nil};
	static char *testh[] = {"test/harness.6", "test/tvm.6", nil}, *srcs[] = {"src/cmd.6", "arch/llama2.6", nil};
	static char *dath[] = {"src/cmd.6", "format/gguf.6", "test/harness.6", nil}, *none[] = {nil};
	char *files, *copied, *s;

	if(mk(nil, nil) < 0)
		return;
	copied = readall(mkpath("copied"), nil);
	files = readall(mkpath("files"), nil);
	if(copied == nil || files == nil){
		fail("no file lists in %s", mkd);
		return;
	}
	note("mk made %d files", madeby(files, copied, want, "simd/generic.6"));
	free(files);
	if(mk(nil, nil) == 0){
		check(strstr(mkout, "test/mk/cc ") == nil && strstr(mkout, "tokenizer.bin") == nil,
			"a second mk made again: %s", mkout);
	}
	programs();
	if(mk("test", "ONLY=fmt simd_kernels golden cli") == 0){
		check(strstr(mkout, "\nok fmt\n") != nil && strstr(mkout, "\nok cli\n") != nil
			&& strstr(mkout, "\n4 passed, 0 failed") != nil, "mk test: %s", lastline(mkout));
	}
	if(mk("benchprog", nil) == 0 && (files = readall(mkpath("files"), nil)) != nil){
		madeby(files, copied, bench, "simd/generic.6");
		free(files);
	}
	if(mk("install", nil) == 0)
		installed();
	headers("test/test.h", testh, srcs, 60);
	headers("src/dat.h", dath, none, 120);
	if(mk("clean", nil) == 0){
		files = readall(mkpath("files"), nil);
		if(files == nil)
			fail("no file list after mk clean");
		else if((s = extra(files, copied)) != nil)
			fail("mk clean left %s", s);
		else if((s = extra(copied, files)) != nil)
			fail("mk clean removed %s", s);
		free(files);
	}
	free(copied);
}

void
testmkbuild(void)
{
	char *argv[5];

	if(access("/bin/bash", AEXEC) < 0 || access("test/mk/chroot", AEXEC) < 0){
		notrun("needs Linux: test/mk/chroot is bash and runs 9base's mk in a mount namespace");
		return;
	}
	mkd = tpath("mk");
	mkall();
	argv[0] = "/bin/rm";
	argv[1] = "-rf";
	argv[2] = "--one-file-system";
	argv[3] = mkd;
	argv[4] = nil;
	runprog(argv, nil, nil);
	free(mkout);
	mkout = nil;
}

/*
 * 9front's mk quotes the words of a <| line for rc since December
 * 2023, 9base's and 9front's before then do not: the line means the
 * same to both only if no word needs rc's quotes (needsrcquote: a
 * space, a control or one of `^#*[]=|\?${}()'<>&;). Its $ are mk's.
 */
static int
plainpipe(char *l)
{
	for(l += 2; *l; l++)
		if((*l < 'a' || *l > 'z') && (*l < 'A' || *l > 'Z') && (*l < '0' || *l > '9')
		&& strchr(" \t/._-+,:%@$", *l) == nil)
			return 0;
	return 1;
}

static void
mkobjs(char *objtype, char *want)
{
	char *argv[4], *out;

	argv[0] = "/usr/lib/plan9/bin/rc";	/* 9base's; on Linux /bin/rc may be another rc */
	if(access(argv[0], AEXEC) < 0 && (argv[0] = findprog("rc")) == nil){
		note("no rc to run simd/mkobjs");
		return;
	}
	argv[1] = "-c";
	argv[2] = smprint("objtype=%s; . ./simd/mkobjs", objtype);
	argv[3] = nil;
	check(runprog(argv, &out, nil) == 0 && out != nil && strcmp(out, want) == 0,
		"simd/mkobjs for %s printed %q", objtype, out);
	free(out);
}

/* the Makefile's amd64 objects, as mkobjs should name them: bin/f.o is simd/f.$O */
static char*
makesimd(void)
{
	char *s, *l, *e, *w[32], buf[1024], *p;
	int i, n, nw;

	if((s = readall("Makefile", nil)) == nil || (l = strstr(s, "\nSIMD = simd/amd64.o")) == nil){
		free(s);
		return nil;
	}
	l += strlen("\nSIMD = ");
	if((e = strchr(l, '\n')) != nil)
		*e = 0;
	nw = tokenize(l, w, nelem(w));
	p = seprint(buf, buf + sizeof buf, "SIMD=");
	for(i = 0; i < nw; i++){
		n = strlen(w[i]);
		if(n > 2 && strcmp(w[i] + n - 2, ".o") == 0)
			w[i][n-2] = 0;
		if(strncmp(w[i], "bin/", 4) == 0)
			p = seprint(p, buf + sizeof buf, "%ssimd/%s.$O", i ? " " : "", w[i] + 4);
		else
			p = seprint(p, buf + sizeof buf, "%s%s.$O", i ? " " : "", w[i]);
	}
	seprint(p, buf + sizeof buf, "\n");
	free(s);
	return strdup(buf);
}

void
testmkinclude(void)
{
	char *s, *l, *e;
	int line, pipes;

	check(!plainpipe("<|if(~ $objtype amd64) echo 'SIMD=simd/generic.$O'"), "<|if(...) taken as plain");
	check(!plainpipe("<|rc -c 'echo SIMD'"), "<|rc -c '...' taken as plain");
	check(plainpipe("<|rc ./simd/mkobjs $objtype"), "<|rc ./simd/mkobjs taken as quoted");
	if((s = readall("mkfile", nil)) == nil){
		fail("mkfile: %r");
		return;
	}
	pipes = 0;
	for(l = s, line = 1; *l; l = e, line++){
		if((e = strchr(l, '\n')) == nil)
			e = l + strlen(l);
		else
			*e++ = 0;
		if(strncmp(l, "<|", 2) != 0)
			continue;
		pipes++;
		check(plainpipe(l), "mkfile:%d: %s: a word rc would need quoted, which 9front's mk quotes and 9base's does not", line, l);
	}
	check(pipes > 0, "the mkfile has no <| line choosing the SIMD objects");
	free(s);
	if((s = makesimd()) == nil)
		fail("Makefile: no SIMD line for x86_64");
	else
		mkobjs("amd64", s);
	free(s);
	mkobjs("arm64", "SIMD=simd/generic.$O\n");
	mkobjs("386", "SIMD=simd/generic.$O\n");
}
