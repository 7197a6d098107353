/*
 * src/llm, the rc script, run by 9base's rc against a directory laid
 * out as llmfs(4) serves it: the session's ctl, model, prompt, system
 * and chat FIFOs that a proc of the test reads, and its stream a FIFO
 * the proc writes each reply into. The proc takes the steps in the
 * order a test gives them, so the script must make exactly those
 * writes in that order: a write to another file waits for a reader
 * that never comes, and the script is killed for it. clone is a FIFO
 * too, which the proc writes the session's number into; while a step
 * is under way (all but the last) a byte more must go in, as it does
 * only while the script holds clone open, as llmfs wants for the
 * session to live.
 *
 * A run of writes to one file in a row is taken through one open of
 * the FIFO, held from the run's first writer to the end of the test,
 * so that no write is lost and none finds its FIFO without a reader:
 * reopening between two writes cannot be made safe, since a writer
 * that comes after the read of the last one's end of file and leaves
 * before the reader's close loses its bytes, and one that comes after
 * the last reader's close finds a FIFO whose next reader's open waits
 * for a writer to come, not for one that has been. What the run's
 * writers put in must be the run's texts one after another; an end of
 * file the proc sees within it (all writers gone) must fall where one
 * step's text ends. Two writes the proc did not see apart cannot be
 * told from one: a FIFO keeps no boundaries. After the run the FIFO
 * is renamed aside and a fresh one takes its name, which has no
 * reader until the proc wants that file again: the script cannot
 * write there before, and a write that went to the old one after the
 * run is found there at the end.
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
	int	clone;	/* the proc's end of clone */
	int	*held;	/* each run's FIFO, open to the end */
	int	*heldstep;	/* the run's first step */
	int	nheld;
	Lock	lk;
	int	done;	/* steps gone through */
	char	*err;	/* the first difference */
	int	ended;	/* the script has ended */
	int	dead;	/* and had time to leave its writes: stop at once */
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

/* the step after the run of writes to one file that step i begins */
static int
runend(Step *steps, int nsteps, int i)
{
	int j;

	for(j = i+1; j < nsteps && !steps[j].reply && strcmp(steps[j].file, steps[i].file) == 0; j++)
		;
	return j;
}

/* the FIFO that takes file's name after the run that step i begins */
static char*
spare(Fake *f, char *file, int i)
{
	return smprint("%s/%s+%d", f->sess, file, i);
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
	f->clone = -1;
	f->held = mallocz((nsteps+1)*sizeof f->held[0], 1);
	f->heldstep = mallocz((nsteps+1)*sizeof f->heldstep[0], 1);
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
	for(i = 0; i < nsteps; i = steps[i].reply ? i+1 : runend(steps, nsteps, i))
		if(!steps[i].reply && makefifo(spare(f, steps[i].file, i)) < 0){
			werrstr("mkfifo %s+%d failed", steps[i].file, i);
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
flag(Fake *f, int *p)
{
	int v;

	lock(&f->lk);
	v = *p;
	unlock(&f->lk);
	return v;
}

static void
setflag(Fake *f, int *p, int v)
{
	lock(&f->lk);
	*p = v;
	unlock(&f->lk);
}

/* step k is under way: clone takes a byte only while the script holds it open */
static void
underway(Fake *f, int k)
{
	if(k < f->nsteps-1 && f->clone >= 0 && write(f->clone, "x", 1) != 1)
		differ(f, "step %d: the script has closed clone", k+1);
}

/* the proc's open of a step's file has returned: is the script still there to make it? */
static int
opened(Fake *f, int fd, int i)
{
	Step *s;

	s = &f->steps[i];
	if(fd < 0){
		differ(f, "step %d: open %s: %r", i+1, s->file);
		return 0;
	}
	if(flag(f, &f->dead)){
		differ(f, "the script ended before step %d: %s %s %q", i+1, s->reply ? "read" : "write", s->file, s->text);
		close(fd);
		return 0;
	}
	underway(f, i);
	return 1;
}

static int
reply(Fake *f, int i)
{
	Step *s;
	int fd, n;

	s = &f->steps[i];
	fd = open(smprint("%s/%s", f->sess, s->file), OWRITE|OCEXEC);
	if(!opened(f, fd, i))
		return -1;
	n = strlen(s->text);
	if(write(fd, s->text, n) != n)
		differ(f, "step %d: the script did not take the reply on %s: %r", i+1, s->file);
	close(fd);
	setflag(f, &f->done, i+1);
	return i+1;
}

/* the run from step i is over: its FIFO goes aside, still open, and a fresh one takes the name */
static void
retire(Fake *f, int i)
{
	Dir d;
	char *file;

	file = f->steps[i].file;
	nulldir(&d);
	d.name = smprint("%s-%d", file, i);
	if(dirwstat(smprint("%s/%s", f->sess, file), &d) < 0)
		differ(f, "step %d: rename %s: %r", i+1, file);
	nulldir(&d);
	d.name = file;
	if(dirwstat(spare(f, file, i), &d) < 0)
		differ(f, "step %d: a fresh %s: %r", i+1, file);
}

/*
 * the writes of steps i to j-1, all to one file: off[k-i] is where
 * step k's text begins in their concatenation want, off[j-i] its end
 */
static int
takerun(Fake *f, int i, int j)
{
	char *file, *want, *got;
	int fd, k, m, n, p, len, *off;

	file = f->steps[i].file;
	fd = open(smprint("%s/%s", f->sess, file), OREAD|OCEXEC);
	if(!opened(f, fd, i))
		return -1;
	f->heldstep[f->nheld] = i;
	f->held[f->nheld++] = fd;
	off = malloc((j-i+1)*sizeof off[0]);
	off[0] = 0;
	for(k = i; k < j; k++)
		off[k-i+1] = off[k-i] + strlen(f->steps[k].text);
	len = off[j-i];
	want = malloc(len+1);
	for(k = i; k < j; k++)
		strcpy(want+off[k-i], f->steps[k].text);
	got = malloc(len+8192+1);
	n = 0;
	k = i;
	for(;;){
		m = read(fd, got+n, len+8192-n);
		if(m < 0){
			differ(f, "step %d: read %s: %r", k+1, file);
			return -1;
		}
		got[n+m] = 0;
		for(p = n; p < n+m && p < len && got[p] == want[p]; p++)
			;
		n += m;
		if(p < n){
			/* the first byte that differs, or one past the run */
			while(k+1 < j && p >= off[k+1-i])
				k++;
			differ(f, "step %d: %s got %q, want %q", k+1, file, got+off[k-i], f->steps[k].text);
			free(readfd(fd));
			break;
		}
		while(k+1 < j && n >= off[k+1-i]){
			k++;
			setflag(f, &f->done, k);
			underway(f, k);
		}
		if(m > 0)
			continue;
		/* every writer has gone */
		if(n == len)
			break;
		if(n != off[k-i]){
			differ(f, "step %d: %s got %q, want %q: a write cut short", k+1, file, got+off[k-i], f->steps[k].text);
			break;
		}
		if(flag(f, &f->ended)){
			differ(f, "the script ended before step %d: write %s %q", k+1, file, f->steps[k].text);
			return -1;
		}
		sleep(1);
	}
	free(got);
	free(want);
	free(off);
	setflag(f, &f->done, j);
	retire(f, i);
	return j;
}

/* what the script wrote to a file after its run was taken */
static void
leftovers(Fake *f)
{
	char *s;
	int h;

	for(h = 0; h < f->nheld; h++){
		s = readfd(f->held[h]);
		if(*s != 0)
			differ(f, "%s: after step %d's run the script wrote %q", f->steps[f->heldstep[h]].file,
				f->heldstep[h]+1, s);
		free(s);
		close(f->held[h]);
	}
}

static void
serve(void *v)
{
	Fake *f;
	int i;

	f = v;
	if(f->nsteps > 0){
		f->clone = open(smprint("%s/clone", f->mtpt), OWRITE|OCEXEC);
		if(f->clone < 0 || write(f->clone, "4\n", 2) != 2)
			differ(f, "clone: %r");
	}
	for(i = 0; i >= 0 && i < f->nsteps; )
		if(f->steps[i].reply)
			i = reply(f, i);
		else
			i = takerun(f, i, runend(f->steps, f->nsteps, i));
	while(!flag(f, &f->ended))
		sleep(10);
	leftovers(f);
	if(f->clone >= 0)
		close(f->clone);
	setflag(f, &f->over, 1);
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

	setflag(f, &f->ended, 1);
	for(i = 0; i < Settle*100 && !flag(f, &f->over); i++)
		sleep(10);
	setflag(f, &f->dead, 1);
	for(i = 0; i < 1000 && !flag(f, &f->over); i++){
		for(j = 0; j < nelem(fifos); j++)
			if((fd = open(smprint("%s/%s", f->sess, fifos[j]), ORDWR|OCEXEC)) >= 0)
				close(fd);
		sleep(10);
	}
	check(flag(f, &f->over), "the fake llmfs's proc did not end");
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
