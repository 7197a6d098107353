/*
 * src/llm, the rc script, run by 9base's rc against a directory laid
 * out as llmfs(4) serves it: the session's ctl, model, prompt, system
 * and chat FIFOs that a proc of the test reads, one open a record, and
 * its stream a FIFO the proc writes each reply into. The proc takes
 * the steps in the order a test gives them, so the script must make
 * exactly those writes in that order: a write to another file waits
 * for a reader that never comes, and the script is killed for it.
 * clone is a FIFO too, which the proc writes the session's number
 * into; while a step is under way (all but the last) a byte more must
 * go in, as it does only while the script holds clone open, as llmfs
 * wants for the session to live.
 */
#include <u.h>
#include <libc.h>
#include <thread.h>
#include "dat.h"
#include "fns.h"
#include "test.h"

typedef struct Step Step;
typedef struct Fake Fake;

struct Step {
	char	*file;	/* in the session's directory */
	char	*text;	/* what the script writes, or what it reads when reply */
	int	reply;
};

struct Fake {
	char	*mtpt;
	char	*sess;	/* mtpt/N */
	Step	*steps;
	int	nsteps;
	Lock	lk;
	int	done;	/* steps gone through */
	char	*err;	/* the first difference */
	int	dead;	/* the script has ended: stop at once */
	int	over;	/* the proc has returned */
};

enum {
	Secs	= 20,	/* for one run of the script */
	Settle	= 10,	/* seconds for the proc to take what an ended script wrote */
};

static char	*rc = "/usr/lib/plan9/bin/rc";	/* 9base's: on Linux /bin/rc may be another rc */
static char	*fifos[] = {"ctl", "model", "prompt", "system", "chat", "stream", "../clone"};

static int
makefifo(char *path)
{
	char *argv[3];

	argv[0] = findprog("mkfifo");
	argv[1] = path;
	argv[2] = nil;
	return argv[0] != nil && runprog(argv, nil, nil) == 0 ? 0 : -1;
}

static char*
readfd(int fd)
{
	char *s, *t;
	long n, m;

	n = 0;
	s = malloc(1);
	for(;;){
		t = realloc(s, n + 8192 + 1);
		if(t == nil)
			break;
		s = t;
		if((m = read(fd, s+n, 8192)) <= 0)
			break;
		n += m;
	}
	s[n] = 0;
	return s;
}

/* the script's clone gives session 4; status is what check reads after a reply */
static Fake*
mkfake(char *name, char *status, Step *steps, int nsteps)
{
	Fake *f;
	int i, fd;

	f = mallocz(sizeof *f, 1);
	f->mtpt = tpath(name);
	f->sess = smprint("%s/4", f->mtpt);
	f->steps = steps;
	f->nsteps = nsteps;
	if((fd = create(f->mtpt, OREAD, DMDIR|0777)) < 0)
		return nil;
	close(fd);
	if((fd = create(f->sess, OREAD, DMDIR|0777)) < 0)
		return nil;
	close(fd);
	if(writefile(smprint("%s/status", f->sess), status, strlen(status)) < 0)
		return nil;
	for(i = 0; i < nelem(fifos); i++)
		if(makefifo(smprint("%s/%s", f->sess, fifos[i])) < 0){
			werrstr("mkfifo %s failed", fifos[i]);
			return nil;
		}
	return f;
}

static void
differ(Fake *f, char *fmt, ...)
{
	va_list args;

	lock(&f->lk);
	if(f->err == nil){
		va_start(args, fmt);
		f->err = vsmprint(fmt, args);
		va_end(args);
	}
	unlock(&f->lk);
}

static int
isdead(Fake *f)
{
	int d;

	lock(&f->lk);
	d = f->dead;
	unlock(&f->lk);
	return d;
}

static int
fifono(char *file)
{
	int i;

	for(i = 0; i < nelem(fifos); i++)
		if(strcmp(fifos[i], file) == 0)
			return i;
	return -1;
}

/*
 * the proc keeps a FIFO it read open until its next open of it returns:
 * a FIFO no one holds open loses what is in it, so a write the script
 * makes at once after the last could be lost between its read and its
 * close. A writer that comes before the proc has read the last one's
 * end of file joins that record, so a record may be the writes of
 * several steps in a row on one file, one after another.
 */
static int
record(Fake *f, int i, char *got)
{
	char *want, *t;
	int j;

	want = strdup(f->steps[i].text);
	for(j = i; strcmp(got, want) != 0 && strncmp(got, want, strlen(want)) == 0 && j+1 < f->nsteps
	&& !f->steps[j+1].reply && strcmp(f->steps[j+1].file, f->steps[i].file) == 0; j++){
		t = smprint("%s%s", want, f->steps[j+1].text);
		free(want);
		want = t;
	}
	if(strcmp(got, want) != 0){
		differ(f, "step %d: %s got %q, want %q", i+1, f->steps[i].file, got, f->steps[i].text);
		j = i;
	}
	free(want);
	return j;
}

static void
serve(void *v)
{
	Fake *f;
	Step *s;
	char *got;
	int i, fd, n, k, clone, held[nelem(fifos)];

	f = v;
	for(k = 0; k < nelem(held); k++)
		held[k] = -1;
	clone = -1;
	if(f->nsteps > 0){
		clone = open(smprint("%s/clone", f->mtpt), OWRITE|OCEXEC);
		if(clone < 0 || write(clone, "4\n", 2) != 2)
			differ(f, "clone: %r");
	}
	for(i = 0; i < f->nsteps; i++){
		s = &f->steps[i];
		k = fifono(s->file);
		fd = open(smprint("%s/%s", f->sess, s->file), (s->reply ? OWRITE : OREAD)|OCEXEC);
		if(fd < 0){
			differ(f, "step %d: open %s: %r", i+1, s->file);
			break;
		}
		if(k >= 0 && held[k] >= 0){
			close(held[k]);
			held[k] = -1;
		}
		if(isdead(f)){
			differ(f, "the script ended before step %d: %s %s %q", i+1, s->reply ? "read" : "write", s->file, s->text);
			close(fd);
			break;
		}
		if(i < f->nsteps-1 && clone >= 0 && write(clone, "x", 1) != 1)
			differ(f, "step %d: the script has closed clone", i+1);
		if(s->reply){
			n = strlen(s->text);
			if(write(fd, s->text, n) != n)
				differ(f, "step %d: the script did not take the reply on %s: %r", i+1, s->file);
			close(fd);
		}else{
			got = readfd(fd);
			i = record(f, i, got);
			free(got);
			if(k >= 0)
				held[k] = fd;
			else
				close(fd);
		}
		lock(&f->lk);
		f->done = i+1;
		unlock(&f->lk);
	}
	for(k = 0; k < nelem(held); k++)
		if(held[k] >= 0)
			close(held[k]);
	if(clone >= 0)
		close(clone);
	lock(&f->lk);
	f->over = 1;
	unlock(&f->lk);
}

static int
isover(Fake *f)
{
	int o;

	lock(&f->lk);
	o = f->over;
	unlock(&f->lk);
	return o;
}

/*
 * after the script: the proc takes what it left, then, if it still
 * waits for a step the script never made, each FIFO opened for both
 * reading and writing (which Linux never holds up) lets its open return
 */
static void
finish(Fake *f)
{
	int i, j, fd;

	for(i = 0; i < Settle*100 && !isover(f); i++)
		sleep(10);
	lock(&f->lk);
	f->dead = 1;
	unlock(&f->lk);
	for(i = 0; i < 1000 && !isover(f); i++){
		for(j = 0; j < nelem(fifos); j++)
			if((fd = open(smprint("%s/%s", f->sess, fifos[j]), ORDWR|OCEXEC)) >= 0)
				close(fd);
		sleep(10);
	}
	check(isover(f), "the fake llmfs's proc did not end");
}

/*
 * llm with args (nil-terminated) under 9base's rc, standard input from
 * the text in, a fake bin first in the path if given: runprogfor's status
 */
static int
runllm(Fake *f, char **args, char *in, char *bin, char **out, char **err)
{
	char *cmd, *t, *argv[4];
	int i, r;

	if(writefile(tpath("llm.in"), in, strlen(in)) < 0){
		fail("llm.in: %r");
		return -1;
	}
	cmd = smprint("path=(%s /usr/lib/plan9/bin /usr/bin /bin); exec %q ./src/llm", bin ? bin : "", rc);
	if(f != nil){
		t = smprint("%s -M %q", cmd, f->mtpt);
		free(cmd);
		cmd = t;
	}
	for(i = 0; args[i] != nil; i++){
		t = smprint("%s %q", cmd, args[i]);
		free(cmd);
		cmd = t;
	}
	t = smprint("%s <%q", cmd, tpath("llm.in"));
	free(cmd);
	argv[0] = rc;
	argv[1] = "-c";
	argv[2] = t;
	argv[3] = nil;
	if(f != nil && proccreate(serve, f, 32*1024) < 0){
		fail("proccreate: %r");
		return -1;
	}
	r = runprogfor(argv, Secs, out, err);
	if(f != nil)
		finish(f);
	free(t);
	return r;
}

/* one run: the writes and replies in order, standard output, error and status as wanted */
static void
expect(char *name, char **args, char *in, Step *steps, int nsteps, char *status, int wantr, char *wantout, char *wanterr)
{
	Fake *f;
	char *out, *err;
	int r;

	if((f = mkfake(name, status, steps, nsteps)) == nil){
		fail("%s: the fake llmfs: %r", name);
		return;
	}
	r = runllm(f, args, in, nil, &out, &err);
	check(f->err == nil, "%s: %s", name, f->err);
	check(f->done == nsteps, "%s: %d of %d steps made", name, f->done, nsteps);
	check(r == wantr, "%s: status %d, want %d (stderr %q)", name, r, wantr, err);
	check(out != nil && strcmp(out, wantout) == 0, "%s: stdout %q, want %q", name, out, wantout);
	check(err != nil && strcmp(err, wanterr) == 0, "%s: stderr %q, want %q", name, err, wanterr);
	free(out);
	free(err);
}

static void
completion(void)
{
	static char *args[] = {"-m", "tiny", "-t", "0.5", "-p", "0.9", "-n", "20", "-r", "7", "Once", "upon a", "time", nil};
	static Step steps[] = {
		{"model", "tiny"},
		{"ctl", "temp 0.5"},
		{"ctl", "topp 0.9"},
		{"ctl", "steps 20"},
		{"ctl", "seed 7"},
		{"prompt", "Once upon a time"},
		{"ctl", "generate"},
		{"stream", "Once upon a time, a cat\nsat.\n", 1},
		{"ctl", "close"},
	};
	static char *none[] = {nil};
	static Step piped[] = {
		{"prompt", "Tell me\n  a story\n"},
		{"ctl", "generate"},
		{"stream", "Tell me\n  a story\nof a dog", 1},
		{"ctl", "close"},
	};
	static char *dash[] = {"-n", "5", "--", "-x is", "a prompt", nil};
	static Step dashed[] = {
		{"ctl", "steps 5"},
		{"prompt", "-x is a prompt"},
		{"ctl", "generate"},
		{"stream", "-x is a prompt, ok\n", 1},
		{"ctl", "close"},
	};
	static Step failed[] = {
		{"prompt", "-n"},
		{"ctl", "generate"},
		{"stream", "-n half", 1},
	};
	static char *dashn[] = {"--", "-n", nil};

	expect("complete", args, "", steps, nelem(steps), "done 812.50\n", 0, "Once upon a time, a cat\nsat.\n", "");
	expect("stdin", none, "Tell me\n  a story\n", piped, nelem(piped), "done 1.00\n", 0, "Tell me\n  a story\nof a dog", "");
	expect("dashdash", dash, "", dashed, nelem(dashed), "done 3.0\n", 0, "-x is a prompt, ok\n", "");
	/* a generation that ends in error: its text so far, then the error, and no close */
	expect("error", dashn, "", failed, nelem(failed), "error out of memory\nprompt 3\ngenerated 0\n", 1, "-n half", "llm: out of memory\n");
}

static void
conversation(void)
{
	static char *args[] = {"-c", "-m", "chatty", "-s", "Be brief.", "-t", "0", nil};
	static Step steps[] = {
		{"model", "chatty"},
		{"ctl", "temp 0"},
		{"system", "Be brief."},
		{"chat", "hello  there"},
		{"stream", "Hi!\n", 1},
		{"chat", "-n"},
		{"stream", "Two\nlines.\n", 1},
		{"chat", "bye"},
		{"stream", "Bye.\n", 1},
		{"ctl", "close"},
	};
	static char *plain[] = {"-c", nil};
	static Step nosys[] = {
		{"chat", "one"},
		{"stream", "1\n", 1},
		{"ctl", "close"},
	};

	/* an empty line is no turn; the last line needs no newline */
	expect("chat", args, "hello  there\n\n-n\nbye", steps, nelem(steps), "done 20.0\n", 0, "Hi!\nTwo\nlines.\nBye.\n", "");
	expect("chatplain", plain, "one\n", nosys, nelem(nosys), "done 20.0\n", 0, "1\n", "");
	expect("chateof", plain, "", steps+nelem(steps)-1, 1, "idle\n", 0, "", "");
}

static void
usages(void)
{
	static char *bad[][4] = {
		{"-x", nil},
		{"-m", nil},
		{"-t", nil},
		{"-M", nil},
		{"-c", "a prompt", nil},
		{"-s", "system", "a prompt", nil},
		{"-", nil},
	};
	static char usage[] = "usage: llm [-c] [-m model] [-s system] [-t temp] [-p topp] [-n steps] [-r seed] [-h host] [-M mtpt] [prompt ...]\n";
	int i;

	for(i = 0; i < nelem(bad); i++)
		expect(smprint("usage%d", i), bad[i], "", nil, 0, "idle\n", 1, "", usage);
}

/* no llmfs: no clone where the script looks; -h: srv's own dial error, and nothing mounted */
static void
unmounted(void)
{
	static char *remote[] = {"-h", "nowhere", "hi", nil};
	static char srv[] = "#!/usr/lib/plan9/bin/rc\necho $* >$0.args\necho 'srv: dial tcp!nowhere!9fs: connection refused' >[1=2]\nexit dial\n";
	char *argv[5], *bin, *out, *err, *s, *want;
	int r, fd;

	argv[0] = "-M";
	argv[1] = tpath("nothing");
	argv[2] = "hi";
	argv[3] = nil;
	r = runllm(nil, argv, "", nil, &out, &err);
	want = smprint("llm: no llmfs at %s\n", tpath("nothing"));
	check(r == 1 && out != nil && *out == 0 && err != nil && strcmp(err, want) == 0,
		"no llmfs: status %d, stdout %q, stderr %q, want %q", r, out, err, want);

	bin = tpath("llmbin");
	if((fd = create(bin, OREAD, DMDIR|0777)) < 0){
		fail("%s: %r", bin);
		return;
	}
	close(fd);
	s = smprint("%s/srv", bin);
	if((fd = create(s, OWRITE, 0777)) < 0 || write(fd, srv, strlen(srv)) != strlen(srv)){
		fail("%s: %r", s);
		return;
	}
	close(fd);
	r = runllm(nil, remote, "", bin, &out, &err);
	check(r == 1 && out != nil && *out == 0, "-h: status %d, stdout %q", r, out);
	check(err != nil && strcmp(err, "srv: dial tcp!nowhere!9fs: connection refused\n") == 0, "-h: stderr %q", err);
	s = readall(smprint("%s/srv.args", bin), nil);
	check(s != nil && strncmp(s, "nowhere llm.", 12) == 0 && strlen(s) > 13 && s[strlen(s)-1] == '\n'
		&& strspn(s+12, "0123456789") == strlen(s)-13, "-h: srv's arguments %q, want 'nowhere llm.PID'", s);
}

void
testllm(void)
{
	if(access(rc, AEXEC) < 0){
		notrun("no 9base rc in /usr/lib/plan9/bin (apt-get install 9base)");
		return;
	}
	if(findprog("mkfifo") == nil){
		notrun("needs mkfifo: the fake llmfs is FIFOs (Linux); the VM tier runs llm against the real llmfs");
		return;
	}
	if(access("src/llm", AREAD) < 0){
		notrun("run from the top of the tree: no src/llm");
		return;
	}
	completion();
	conversation();
	usages();
	unmounted();
}
