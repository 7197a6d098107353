/*
 * llmfs through 9P, as a user in rc would use it, and as a 9P client
 * that is not the kernel may: conformance, flush, malformed input, load.
 * The server is started on loopback TCP for each test and killed after.
 */
#include <u.h>
#include <libc.h>
#include <thread.h>
#include <fcall.h>
#include "dat.h"
#include "fns.h"
#include "test.h"
#include "ninep.h"

enum {
	Polls	= 1200,		/* of 25 ms: 30 s for the server to come up or quieten, ample on a slow VM */
};

static int	port;
static int	srvpid;
static char	*addr;

/*
 * Why tcp on 127.0.0.1 cannot work here, or nil. On 9front it needs
 * the ip stack with a loopback address and, where there is a /net/cs,
 * ndb/cs able to translate it; Linux has no /net, and nothing to check.
 */
static char*
nonet(char *addr)
{
	char *buf;
	int fd, n;

	if((fd = open("/net/cs", ORDWR)) >= 0){
		n = write(fd, addr, strlen(addr));
		close(fd);
		if(n < 0)
			return smprint("cs cannot translate %s (%r): is ndb/cs running, the ip stack bound?", addr);
	}
	if((fd = open("/net/ipselftab", OREAD)) >= 0){
		buf = malloc(8192);
		n = readn(fd, buf, 8191);
		close(fd);
		buf[n > 0 ? n : 0] = 0;
		n = strstr(buf, "127.0.0.1 ") != nil;
		free(buf);
		if(!n)
			return "no loopback: 127.0.0.1 is not in /net/ipselftab (ip/ipconfig -P loopback /dev/null 127.1)";
	}
	return nil;
}

/*
 * llmfs with flags (nil-terminated) announced on a fresh port of
 * 127.0.0.1, listening: its address, its pid in *pidp; nil if not (not
 * run if the machine has no loopback tcp)
 */
char*
llmfsup(char **flags, int *pidp)
{
	char *argv[16], *a, *why;
	int i, n, fd;

	/*
	 * below 32768: outgoing calls take their local ports from 32768 up
	 * (Linux to 60999, 9front to 65535), and on Linux an announce fails
	 * on a port one of them holds, even after its close; tvm.c's VM
	 * link takes the base port itself
	 */
	if(port == 0)
		port = 20000 + getpid() % 10000;
	port++;
	a = smprint("tcp!127.0.0.1!%d", port);
	if((why = nonet(a)) != nil){
		notrun("%s", why);
		return nil;
	}
	n = 0;
	argv[n++] = bpath("llmfs");
	argv[n++] = "-s";
	argv[n++] = smprint("llm%d", port);
	for(i = 0; flags[i] != nil && n < nelem(argv) - 4; i++)
		argv[n++] = flags[i];
	if(getenv("LLMFSDEBUG") != nil)
		argv[n++] = "-D";
	argv[n++] = "-a";
	argv[n++] = a;
	argv[n] = nil;
	putenv("NAMESPACE", tmpdir);
	*pidp = fork();
	if(*pidp == 0){
		fd = open("/dev/null", ORDWR);
		dup(fd, 0);
		dup(fd, 1);
		if(getenv("LLMFSDEBUG") == nil)
			dup(fd, 2);
		exec(argv[0], argv);
		exits("exec");
	}
	for(i = 0; i < Polls; i++){
		fd = dial(a, nil, nil, nil);
		if(fd >= 0){
			close(fd);
			return a;
		}
		sleep(25);
	}
	fail("llmfs did not start on %s", a);
	return nil;
}

/* llmfs for a trusted network, as the tests below use it */
static char*
startfs(void)
{
	static char *trusted[] = {"-t", nil};

	addr = llmfsup(trusted, &srvpid);
	return addr;
}

static void
stopfs(void)
{
	Waitmsg *w;

	if(srvpid > 0){
		postnote(PNPROC, srvpid, "kill");
		w = wait();
		free(w);
	}
	srvpid = 0;
}

char*
greedyrun(char *model, char *tok, char *prompt, char *steps)
{
	char *argv[16], *out;

	argv[0] = bpath("run");
	argv[1] = model;
	argv[2] = "-z"; argv[3] = tok;
	argv[4] = "-t"; argv[5] = "0";
	argv[6] = "-n"; argv[7] = steps;
	argv[8] = "-i"; argv[9] = prompt;
	argv[10] = nil;
	if(runprog(argv, &out, nil) != 0)
		return nil;
	return out;
}

/* session=`{cat clone}; echo prompt >$session/prompt; ... */
static char*
session(Conn *c)
{
	char *s, *e;

	s = ncat(c, "clone");
	if(s == nil)
		return nil;
	e = strchr(s, '\n');
	if(e)
		*e = 0;
	return s;
}

static int
ctl(Conn *c, char *sess, char *cmd)
{
	return necho(c, sess ? smprint("%s/ctl", sess) : "ctl", cmd);
}

static char*
generate1(Conn *c, char *sess, char *prompt, char *steps)
{
	if(necho(c, smprint("%s/prompt", sess), smprint("%s\n", prompt)) < 0
	|| ctl(c, sess, "temp 0") < 0
	|| ctl(c, sess, smprint("steps %s", steps)) < 0
	|| ctl(c, sess, "generate") < 0)
		return nil;
	return ncat(c, smprint("%s/stream", sess));
}

static int
loaddefault(Conn *c)
{
	return ctl(c, nil, smprint("load %s %s", mpath("stories260K.bin"), mpath("tok512.bin")));
}

/* llmfs started, connected to, and the default model loaded; nil (and stopped) if not */
static Conn*
started(void)
{
	Conn *c;

	if(startfs() == nil)
		return nil;
	c = nconnect(addr);
	if(c == nil || loaddefault(c) < 0){
		fail("connect/load: %r");
		stopfs();
		return nil;
	}
	return c;
}

void
testllmfs(void)
{
	Conn *c;
	char *s, *s2, *out, *want, *list, *big;
	int i;

	if(startfs() == nil)
		return;
	c = nconnect(addr);
	if(c == nil){
		fail("connect %s: %r", addr);
		stopfs();
		return;
	}
	s = session(c);
	check(s != nil && atoi(s) == 1, "first session %s", s);
	check(ctl(c, s, "generate") < 0, "generate without a model succeeded");
	check(loaddefault(c) == 0, "load: %r");
	out = ncat(c, "model");
	check(out != nil && strstr(out, "dim 64\n") && strstr(out, "vocab_size 512\n"), "model info %q", out);

	/* the rc session, against run */
	want = greedyrun(mpath("stories260K.bin"), mpath("tok512.bin"), "Once upon a time", "200");
	out = generate1(c, s, "Once upon a time", "200");
	check(want != nil && out != nil && strcmp(out, want) == 0, "stream differs from run");
	check((s2 = ncat(c, smprint("%s/output", s))) != nil && strcmp(s2, out) == 0, "output differs from stream");
	s2 = ncat(c, smprint("%s/status", s));
	check(s2 != nil && strncmp(s2, "done ", 5) == 0, "status %q", s2);
	s2 = ncat(c, smprint("%s/ctl", s));
	check(s2 != nil && strstr(s2, "temp 0\n") && strstr(s2, "steps 200\n"), "settings %q", s2);

	/* errors */
	check(ctl(c, s, "frobnicate") < 0 && strstr(smprint("%r"), "bad command"), "bad command: %r");
	check(ctl(c, s, "temp 5") < 0 && strcmp(smprint("%r"), "temp out of range") == 0, "temp 5: %r");
	check(necho(c, smprint("%s/model", s), "stories99M") < 0 && strcmp(smprint("%r"), "unknown model stories99M") == 0,
		"unknown model: %r");
	check(ctl(c, nil, "load /nonexistent/x.bin /nonexistent/t.bin") < 0
		&& strstr(smprint("%r"), "/nonexistent/x.bin") != nil, "bad load: %r");
	check(nexists(c, "ctl"), "llmfs died after a bad load");

	/* a long prompt arrives in several writes */
	big = malloc(30000);
	for(i = 0; i < 29999; i++)
		big[i] = "abcdefgh "[i % 9];
	big[29999] = 0;
	check(necho(c, smprint("%s/prompt", s), big) == 0, "long prompt: %r");
	{
		Dir d;
		char strs[STATMAX];
		u32int fid;

		fid = nwalk(c, smprint("%s/prompt", s));
		check(fid != ~0 && nstat(c, fid, &d, strs) == 0 && d.length == 29999, "prompt length %lld", d.length);
		nclunk(c, fid);
	}

	/* pool */
	check(ctl(c, nil, smprint("pool-load small %s %s", mpath("stories260K.bin"), mpath("tok512.bin"))) == 0, "pool-load: %r");
	check((list = ncat(c, "pool/list")) != nil && strstr(list, "small\n") && strstr(list, "(default)\n"), "pool list %q", list);
	check((out = ncat(c, "pool/count")) != nil && strcmp(out, "2\n") == 0, "pool count %q", out);
	check((out = ncat(c, "pool/memory")) != nil && atoll(out) > 2*1000000, "pool memory %q", out);
	check(necho(c, smprint("%s/model", s), "small") == 0, "set model: %r");
	check(ctl(c, nil, "pool-unload nosuch") < 0 && strcmp(smprint("%r"), "unknown model nosuch") == 0, "unload unknown: %r");

	/* a ctl command must fit one write */
	{
		u32int fid;

		fid = nwalk(c, smprint("%s/ctl", s));
		nopen(c, fid, OWRITE);
		check(nwrite(c, fid, 0, "tem", 3) < 0 && nwrite(c, fid, 3, "p 0", 3) < 0
			&& strcmp(smprint("%r"), "command must be one write") == 0, "split command: %r");
		nclunk(c, fid);
	}

	/* close while generating, and close: gone from the tree */
	s2 = session(c);
	necho(c, smprint("%s/prompt", s2), "Once");
	check(ctl(c, s2, "steps 512") == 0 && ctl(c, s2, "generate") == 0, "generate: %r");
	check(ctl(c, s2, "close") == 0, "close while generating: %r");
	check(nexists(c, "ctl") && nexists(c, s), "llmfs went wrong after closing a generating session");
	s2 = session(c);
	check(ctl(c, s2, "close") == 0, "close: %r");
	check(!nexists(c, s2), "closed session %s still walks", s2);
	out = ncat(c, "");
	check(out != nil, "root directory read: %r");
	check(!nexists(c, "abc") && !nexists(c, "0") && !nexists(c, "99999"), "walked to a session that is not there");
	nhangup(c);

	/* the posted service: on the host a Unix socket named like /srv/llmN in $NAMESPACE */
	s = smprint("%s/llm%d", tmpdir, port);
	if(access(s, AEXIST) == 0){
		c = nconnect(smprint("unix!%s", s));
		check(c != nil && nexists(c, "clone"), "the posted service: %r");
		/* session 1 was left open by the tcp connection, which is gone: it was reclaimed */
		for(i = 0; c != nil && i < Polls && nexists(c, "1"); i++)	/* the server sees the hang-up in its own time */
			sleep(25);
		check(c != nil && !nexists(c, "1"), "session 1 outlived its connection");
		nhangup(c);
	}else
		check(access(smprint("/srv/llm%d", port), AEXIST) == 0, "nothing posted as llm%d", port);
	stopfs();
}

/* several sessions generate at once and each gets its own text */
void
testllmfsconcurrent(void)
{
	static char *prompts[] = {"Once upon a time", "The little dog", "Lily wanted to", "Tom and Sue"};
	Conn *c;
	char *s[4], *want, *out;
	int i;

	if((c = started()) == nil)
		return;
	for(i = 0; i < 4; i++){
		s[i] = session(c);
		necho(c, smprint("%s/prompt", s[i]), prompts[i]);
		ctl(c, s[i], "temp 0");
		ctl(c, s[i], "steps 300");
	}
	for(i = 0; i < 4; i++)
		check(ctl(c, s[i], "generate") == 0, "generate %s: %r", s[i]);
	for(i = 0; i < 4; i++){
		want = greedyrun(mpath("stories260K.bin"), mpath("tok512.bin"), prompts[i], "300");
		out = ncat(c, smprint("%s/output", s[i]));
		check(want != nil && out != nil && strcmp(out, want) == 0, "session %s: output differs from run", s[i]);
	}
	nhangup(c);
	stopfs();
}

/* a read blocked at the end of stream is flushed; the server goes on */
void
testllmfsflush(void)
{
	Conn *c;
	Fcall t, r;
	char *s, *st;
	u32int fid;
	int gotflush, gotread, i;

	if((c = started()) == nil)
		return;
	s = session(c);
	necho(c, smprint("%s/prompt", s), "Once");
	ctl(c, s, "steps 512");
	ctl(c, s, "generate");
	fid = nwalk(c, smprint("%s/stream", s));
	nopen(c, fid, OREAD);
	/* a read far past the end waits for text that never comes */
	memset(&t, 0, sizeof t);
	t.type = Tread;
	t.fid = fid;
	t.offset = 1<<30;
	t.count = 100;
	t.tag = 0;
	nsend(c, &t);
	sleep(50);
	memset(&r, 0, sizeof r);
	r.type = Tflush;
	r.oldtag = t.tag;
	r.tag = 0;
	nsend(c, &r);
	gotflush = gotread = 0;
	for(i = 0; i < 2; i++){
		Fcall x;

		if(nrecv(c, &x) < 0)
			break;
		if(x.tag == r.tag && x.type == Rflush)
			gotflush = 1;
		if(x.tag == t.tag && ((x.type == Rerror && strcmp(x.ename, "interrupted") == 0)
		|| (x.type == Rread && x.count == 0)))
			gotread = i == 0 ? 1 : 2;
	}
	check(gotflush, "no Rflush");
	check(gotread == 1, "the flushed read was not answered before the Rflush");
	nclunk(c, fid);
	st = ncat(c, smprint("%s/status", s));
	check(st != nil, "status after flush: %r");
	check(ctl(c, s, "stop") == 0, "stop: %r");
	for(i = 0; i < Polls; i++){
		free(st);
		st = ncat(c, smprint("%s/status", s));
		if(st != nil && strncmp(st, "done", 4) == 0)
			break;
		sleep(25);
	}
	check(st != nil && strncmp(st, "done", 4) == 0, "status after stop %q", st);
	nhangup(c);
	stopfs();
}

/*
 * 9P as 9front's lib9p (sys/src/lib9p/srv.c) answers it: every
 * expected error string and every message left unanswered below is
 * what srv.c's code does, read there, not what the server was seen
 * to do.
 */
static char Ebotch[] = "9P protocol botch";

static Fcall*
tmsg(Fcall *t, int type, u32int fid)
{
	memset(t, 0, sizeof *t);
	t->type = type;
	t->fid = fid;
	return t;
}

/* "" for a reply that is no error, else the error */
static char*
rpcerr(Conn *c, Fcall *t)
{
	Fcall r;

	if(nrpc(c, t, &r) == 0)
		return "";
	return smprint("%r");
}

/* the server ends the connection without a word, as getreq does with a message that does not convert */
static int
dropped(Conn *c)
{
	Fcall r;

	return nrecv(c, &r) < 0;
}

/* n bytes of a message whose size field says size, of type and tag 1, the rest zero */
static void
rawmsg(Conn *c, u32int size, int type, int n)
{
	uchar b[64];

	memset(b, 0, sizeof b);
	PBIT32(b, size);
	b[4] = type;
	PBIT16(b+5, 1);
	write(c->fd, b, n);
}

static Fcall*
treadat(Fcall *t, u32int fid, vlong off, u32int count)
{
	tmsg(t, Tread, fid);
	t->offset = off;
	t->count = count;
	return t;
}

static Fcall*
tversion(Fcall *t, char *version, u32int msize)
{
	tmsg(t, Tversion, NOFID);
	t->version = version;
	t->msize = msize;
	return t;
}

/* sversion: msize and version rules; fids are not clunked; "unknown" sets msize 256 */
static void
t9pversion(void)
{
	Conn *c;
	Fcall t, r;

	if((c = nconnect(addr)) == nil){
		fail("connect: %r");
		return;
	}
	check(nversion(c, 4096) == 4096, "msize 4096 not granted");
	check(nwalk(c, "ctl") != ~0, "the root fid did not survive Tversion: %r");
	check(nversion(c, 1<<21) == 1<<20, "msize not capped at 1 MB");
	check(nrpc(c, tversion(&t, "9P2000.u", 8192), &r) == 0 && strcmp(r.version, "9P2000") == 0 && r.msize == 8192,
		"9P2000.u: %r");
	check(nrpc(c, tversion(&t, "9P", 8192), &r) == 0 && strcmp(r.version, "9P2000") == 0, "9P: %r");
	check(nrpc(c, tversion(&t, "9P2000", 255), &r) < 0 && strstr(smprint("%r"), "message size too small") != nil,
		"msize 255: %r");
	check(nrpc(c, tversion(&t, "xyzzy", 8192), &r) == 0 && strcmp(r.version, "unknown") == 0 && r.msize == 256,
		"version xyzzy: %r");
	/* the server's messages are 256 bytes now: a longer one does not fit */
	tmsg(&t, Tattach, 30);
	t.afid = NOFID;
	t.uname = smprint("%300s", "x");
	t.aname = "";
	check(nsend(c, &t) == 0 && dropped(c), "a 300-byte message after version \"unknown\" was answered");
	nhangup(c);
}

/* fids: unknown, duplicate, auth, attach, walks */
static void
t9pfids(void)
{
	Conn *c;
	Fcall t, r;
	u32int fid;
	uchar wstatbuf[128];
	Dir wd;

	if((c = nconnect(addr)) == nil){
		fail("connect: %r");
		return;
	}
	check(strcmp(rpcerr(c, tmsg(&t, Tstat, 999)), "unknown fid") == 0, "stat of fid 999: %r");
	check(strcmp(rpcerr(c, tmsg(&t, Tclunk, 999)), "unknown fid") == 0, "clunk of fid 999: %r");
	tmsg(&t, Tauth, NOFID);
	t.afid = 50;
	t.uname = "x";
	t.aname = "";
	check(strcmp(rpcerr(c, &t), smprint("%s: authentication not required", bpath("llmfs"))) == 0, "auth: %r");
	check(strcmp(rpcerr(c, &t), smprint("%s: authentication not required", bpath("llmfs"))) == 0,
		"the afid of a failed auth was kept: %r");
	tmsg(&t, Tattach, 1);
	t.afid = NOFID;
	t.uname = "x";
	t.aname = "";
	check(strcmp(rpcerr(c, &t), "duplicate fid") == 0, "attach on a used fid: %r");
	t.fid = 40;
	t.afid = 777;
	check(strcmp(rpcerr(c, &t), "unknown fid") == 0, "attach with afid 777: %r");
	t.afid = NOFID;
	check(strcmp(rpcerr(c, &t), "") == 0, "the fid of a failed attach was kept: %r");

	tmsg(&t, Twalk, 1);
	t.newfid = 40;
	check(strcmp(rpcerr(c, &t), "duplicate fid") == 0, "walk to a used newfid: %r");
	t.newfid = 1;
	t.nwname = 2;
	t.wname[0] = "pool";
	t.wname[1] = "count";
	check(strcmp(rpcerr(c, &t), "lib9p: unused documented feature not implemented") == 0, "walk of fid 1 onto itself: %r");
	t.newfid = 41;
	t.wname[1] = "nosuch";
	check(nrpc(c, &t, &r) == 0 && r.nwqid == 1, "a partial walk: %r");
	check(strcmp(rpcerr(c, tmsg(&t, Tclunk, 41)), "unknown fid") == 0, "the newfid of a partial walk was kept: %r");
	tmsg(&t, Twalk, 1);
	t.newfid = 41;
	check(nrpc(c, &t, &r) == 0 && r.nwqid == 0 && nclunk(c, 41) == 0, "a clone: %r");
	fid = nwalk(c, "ctl");
	tmsg(&t, Twalk, fid);
	t.newfid = 42;
	t.nwname = 1;
	t.wname[0] = "x";
	check(strcmp(rpcerr(c, &t), "walk in non-directory") == 0, "walk from ctl: %r");
	check(strcmp(rpcerr(c, tmsg(&t, Tremove, fid)), "remove prohibited") == 0, "remove: %r");
	check(strcmp(rpcerr(c, tmsg(&t, Tclunk, fid)), "unknown fid") == 0, "a removed fid is still there: %r");

	fid = nwalk(c, "ctl");
	/* a wstat srv.c passes on to llmfs's, renaming the file: refused by llmfs */
	nulldir(&wd);
	wd.name = "x";
	tmsg(&t, Twstat, fid);
	t.nstat = convD2M(&wd, wstatbuf, sizeof wstatbuf);
	t.stat = wstatbuf;
	check(strcmp(rpcerr(c, &t), "wstat prohibited") == 0, "wstat: %r");
	check(strcmp(rpcerr(c, tmsg(&t, Tcreate, fid)), "create in non-directory") == 0, "create in ctl: %r");
	check(strcmp(rpcerr(c, treadat(&t, fid, 0, 10)), Ebotch) == 0, "read of an unopened fid: %r");
	tmsg(&t, Twrite, fid);
	t.count = 1;
	t.data = "x";
	check(strcmp(rpcerr(c, &t), Ebotch) == 0, "write to an unopened fid: %r");
	check(nopen(c, fid, OREAD) == 0, "open ctl: %r");
	check(strcmp(rpcerr(c, &t), Ebotch) == 0, "write to a fid open for reading: %r");
	check(strcmp(rpcerr(c, tmsg(&t, Topen, fid)), Ebotch) == 0, "open of an open fid: %r");
	tmsg(&t, Twalk, fid);
	t.newfid = 42;
	check(strcmp(rpcerr(c, &t), "cannot clone open fid") == 0, "walk of an open fid: %r");
	nclunk(c, fid);
	fid = nwalkopen(c, "ctl", OWRITE);
	check(fid != ~0 && strcmp(rpcerr(c, treadat(&t, fid, 0, 10)), Ebotch) == 0, "read of a fid open for writing: %r");
	nclunk(c, fid);

	fid = nwalk(c, "pool");
	tmsg(&t, Topen, fid);
	t.mode = OWRITE;
	check(strcmp(rpcerr(c, &t), "is a directory") == 0, "pool opened for writing: %r");
	t.mode = OREAD|OTRUNC;
	check(strcmp(rpcerr(c, &t), "is a directory") == 0, "pool opened with OTRUNC: %r");
	t.mode = OREAD;
	check(nrpc(c, &t, &r) == 0 && r.iounit == 0, "open pool: iounit %ud: %r", r.iounit);
	check(strcmp(rpcerr(c, tmsg(&t, Tcreate, fid)), Ebotch) == 0, "create in an open directory: %r");
	nclunk(c, fid);
	check(strcmp(rpcerr(c, tmsg(&t, Tcreate, 1)), "create prohibited") == 0, "create: %r");

	tmsg(&t, Tflush, NOFID);
	t.oldtag = 999;
	check(strcmp(rpcerr(c, &t), "") == 0, "flush of no request: %r");
	tmsg(&t, Rclunk, NOFID);
	check(nsend(c, &t) == 0 && nrecv(c, &r) == 0 && r.type == Rerror && strcmp(r.ename, "unknown message") == 0,
		"an Rclunk was not an unknown message");
	nhangup(c);
}

/* sread and swrite: offsets and counts */
static void
t9poffsets(void)
{
	static vlong neg[] = {-1, -48001, -65536, -(1LL<<62)};
	Conn *c;
	Fcall t, r;
	u32int fid;
	char *s, *buf;
	long n;
	int i;

	if((c = nconnect(addr)) == nil){
		fail("connect: %r");
		return;
	}
	buf = malloc(8192);
	fid = nwalkopen(c, "ctl", OREAD);
	for(i = 0; i < nelem(neg); i++)
		check(strcmp(rpcerr(c, treadat(&t, fid, neg[i], 8192)), "bad offset") == 0, "read ctl at %lld: %r", neg[i]);
	check(strcmp(rpcerr(c, treadat(&t, fid, 0, 0x80000000)), Ebotch) == 0, "a count of 2^31: %r");
	nclunk(c, fid);
	s = session(c);
	fid = nwalkopen(c, smprint("%s/output", s), OREAD);
	check(strcmp(rpcerr(c, treadat(&t, fid, -1, 100)), "bad offset") == 0, "read output at -1: %r");
	nclunk(c, fid);
	fid = nwalkopen(c, smprint("%s/ctl", s), OWRITE);
	tmsg(&t, Twrite, fid);
	t.offset = -1;
	t.count = 6;
	t.data = "temp 0";
	check(strcmp(rpcerr(c, &t), Ebotch) == 0, "write ctl at -1: %r");
	nclunk(c, fid);
	check(nexists(c, "ctl"), "llmfs gone after reads at negative offsets");

	/* a directory is read from 0 or from where the last read ended */
	fid = nwalkopen(c, "", OREAD);
	n = nread(c, fid, 0, buf, 100);
	check(n > 0 && nread(c, fid, n, buf, 100) >= 0, "directory read at %ld: %r", n);
	check(strcmp(rpcerr(c, treadat(&t, fid, 1, 100)), "bad offset") == 0, "directory read at 1: %r");
	n = nread(c, fid, 0, buf, 8192);
	nclunk(c, fid);
	free(buf);

	/* a count is cut to msize-IOHDRSZ */
	check(nversion(c, 256) == 256, "msize 256 not granted");
	fid = nwalkopen(c, "", OREAD);
	check(n > 256 && nrpc(c, treadat(&t, fid, 0, 8192), &r) == 0 && r.count > 0 && r.count <= 256-IOHDRSZ,
		"%ld bytes of directory read with msize 256: %ud", n, r.count);
	nclunk(c, fid);
	nhangup(c);
}

/* t packed after the n bytes in buf, its tag set */
static int
pack(uchar *buf, int n, Fcall *t, int tag)
{
	t->tag = tag;
	return n + convS2M(t, buf+n, 512);
}

/*
 * A Tread parked at the end of a stream while a Tstat with its tag and
 * a Tversion come, all in one write (Nagle would hold the second until
 * the first was acknowledged); 0 if the stream ended first.
 */
static int
t9poutstanding(Conn *c)
{
	Fcall t, r;
	uchar buf[3*512];
	char *s;
	u32int fid;
	int n;

	s = session(c);
	/* greedy, this prompt goes on past 200 tokens: 20 ms at 10000 tokens/s */
	if(necho(c, smprint("%s/prompt", s), "Once upon a time") < 0 || ctl(c, s, "temp 0") < 0
	|| ctl(c, s, "steps 512") < 0 || ctl(c, s, "generate") < 0)
		return -1;
	fid = nwalkopen(c, smprint("%s/stream", s), OREAD);
	n = pack(buf, 0, treadat(&t, fid, 1<<30, 100), 100);
	n = pack(buf, n, tmsg(&t, Tstat, fid), 100);
	n = pack(buf, n, tversion(&t, "9P2000", 8192+IOHDRSZ), 101);
	if(write(c->fd, buf, n) != n || nrecv(c, &r) < 0)
		return -1;
	if(r.type == Rread){
		while(r.tag != 101 && nrecv(c, &r) == 0)
			;
		nclunk(c, fid);
		return 0;
	}
	check(r.tag == 100 && r.type == Rerror && strcmp(r.ename, "duplicate tag") == 0, "a tag in use: %d %s",
		r.type, r.type == Rerror ? r.ename : "");
	check(nrecv(c, &r) == 0 && r.tag == 101 && r.type == Rerror && strcmp(r.ename, Ebotch) == 0,
		"Tversion with a request outstanding: %d %s", r.type, r.type == Rerror ? r.ename : "");
	tmsg(&t, Tflush, NOFID);
	t.oldtag = 100;
	t.tag = 102;
	nsend(c, &t);
	while(nrecv(c, &r) == 0 && r.tag != 102)
		;
	nclunk(c, fid);
	return 1;
}

/* messages that do not convert, or too long, or too short: the connection ends unanswered */
static void
t9pbad(void)
{
	Conn *c;
	uchar b[64];
	int i;

	for(i = 0; i < 7; i++){
		if((c = nconnect(addr)) == nil){
			fail("connect: %r");
			return;
		}
		switch(i){
		case 0: rawmsg(c, 20, Tread, 20); break;		/* a Tread is 23 bytes */
		case 1: rawmsg(c, 5, Tread, 5); break;
		case 2: rawmsg(c, 6, Tread, 6); break;
		case 3: rawmsg(c, 7, Terror, 7); break;		/* not a message convM2S knows */
		case 4: rawmsg(c, 4, Tread, 4); break;		/* a size of nothing, for read9pmsg */
		case 5: rawmsg(c, 2<<20, Tread, 64); break;	/* above msize */
		case 6:					/* a walk of 17 names, above MAXWELEM */
			memset(b, 0, sizeof b);
			PBIT32(b, 7+10+17*2);
			b[4] = Twalk;
			PBIT32(b+7, 1);
			PBIT32(b+11, 50);
			PBIT16(b+15, 17);
			write(c->fd, b, 7+10+17*2);
			break;
		}
		check(dropped(c), "bad message %d was answered", i);
		nhangup(c);
	}
	c = nconnect(addr);
	check(c != nil && nexists(c, "ctl"), "llmfs died of a bad message: %r");
	nhangup(c);
}

void
testllmfs9p(void)
{
	Conn *c;
	Dir d;
	char strs[STATMAX], *s;
	u32int fid;
	int i, k;

	k = 0;
	if(startfs() == nil)
		return;
	c = nconnect(addr);
	if(c == nil){
		fail("connect: %r");
		stopfs();
		return;
	}
	check(nwalk(c, "nosuch") == ~0 && strcmp(smprint("%r"), "file does not exist") == 0, "walk to nosuch: %r");
	check(nwalk(c, "../../ctl") != ~0, ".. at the root does not stay at the root");
	fid = nwalk(c, "ctl");
	check(fid != ~0 && nstat(c, fid, &d, strs) == 0, "stat ctl: %r");
	check(d.qid.path != 0 && d.qid.type == QTFILE && d.mode == 0666 && strcmp(d.uid, getuser()) == 0,
		"ctl: qid %llux type %d mode %uo uid %s", d.qid.path, d.qid.type, d.mode, d.uid);
	nclunk(c, fid);
	fid = nwalk(c, "pool");
	check(fid != ~0 && nstat(c, fid, &d, strs) == 0 && (d.qid.type & QTDIR) && (d.mode & DMDIR), "pool is not a directory");
	nclunk(c, fid);
	fid = nwalk(c, "model");
	check(nopen(c, fid, OWRITE) < 0 && strcmp(smprint("%r"), "permission denied") == 0, "model opened for writing: %r");
	nclunk(c, fid);
	s = session(c);
	fid = nwalk(c, smprint("%s/prompt", s));
	check(nopen(c, fid, OREAD) < 0, "prompt opened for reading");
	nclunk(c, fid);

	t9pversion();
	t9pfids();
	t9poffsets();
	t9pbad();

	/* a request outstanding: tried until a generation outlasts three messages */
	check(loaddefault(c) == 0, "load: %r");
	for(i = 0; i < 10 && (k = t9poutstanding(c)) == 0; i++)
		;
	check(k == 1, "no read stayed outstanding in %d tries: %r", i);
	check(nexists(c, "ctl"), "llmfs went wrong after a Tversion with a request outstanding");
	nhangup(c);
	stopfs();
}

typedef struct Client Client;
struct Client {
	int	i;
	int	ok;
	Channel	*done;
};

static char *loadprompts[] = {"Once upon a time", "The little dog", "Lily wanted to", "Tom and Sue",
	"One day", "The sun", "A cat", "She said"};
static char *loadwant[nelem(loadprompts)];

static void
client(void *v)
{
	Client *cl;
	Conn *c;
	char *s, *out;
	int k;

	cl = v;
	cl->ok = 0;
	c = nconnect(addr);
	if(c != nil){
		s = session(c);
		if(cl->i < 8){
			k = cl->i % nelem(loadprompts);
			out = generate1(c, s, loadprompts[k], "120");
			cl->ok = out != nil && strcmp(out, loadwant[k]) == 0;
		}else
			cl->ok = (out = ncat(c, smprint("%s/status", s))) != nil && strcmp(out, "idle\n") == 0
				&& ncat(c, "pool/list") != nil && ncat(c, "ctl") != nil;
		ctl(c, s, "close");
		nhangup(c);
	}
	sendp(cl->done, cl);
}

/* 32 clients, 8 of them generating at once: no lost or mixed-up output */
void
testllmfsload(void)
{
	Client cl[32];
	Channel *done;
	Conn *c;
	vlong t0;
	int i, ok;

	for(i = 0; i < nelem(loadprompts); i++)
		loadwant[i] = greedyrun(mpath("stories260K.bin"), mpath("tok512.bin"), loadprompts[i], "120");
	if((c = started()) == nil)
		return;
	done = chancreate(sizeof(void*), 32);
	t0 = nsec();
	for(i = 0; i < nelem(cl); i++){
		cl[i].i = i;
		cl[i].done = done;
		proccreate(client, &cl[i], 64*1024);
	}
	ok = 0;
	for(i = 0; i < nelem(cl); i++){
		Client *x;

		x = recvp(done);
		if(x->ok)
			ok++;
		else
			fail("client %d failed", x->i);
	}
	note("32 clients, 8 generating 120 tokens at once: %d ok in %.2fs", ok, (nsec() - t0)/1e9);
	check(nexists(c, "ctl"), "llmfs gone after the load");
	nhangup(c);
	stopfs();
}

/*
 * A storm: clients doing random things at once for a while, each from
 * its own seed: prompts of random bytes, every session and server
 * command, bad ones and ones of random bytes too, reads flushed or left pending as the
 * connection hangs up, models loaded, evicted and switched under
 * generations. Afterwards the server answers, every session closes,
 * the memory is the models' alone again, and it generates as run does.
 */
enum {
	Stormers	= 4,
	Stormops	= 1500,
};

typedef struct Storm Storm;
struct Storm {
	uvlong	seed;
	char	*made[Stormops];	/* every session it opened */
	int	nmade;
	int	ngen;		/* generations started */
	Channel	*done;
};

static char *stormctl[] = {"temp 0", "temp 1.5", "topp 0.9", "seed 7", "steps 40", "steps 200", "steps 0",
	"steps -1", "generate", "generate", "generate", "stop", "reset", "bogus", "temp", "close", "temp nan"};
static char *stormroot[] = {"pool-load m1 %s %s", "pool-unload m1", "pool-limit 1 0", "pool-limit 0 0",
	"pool-limit 2 1000000", "load %s %s", "unload", "pool-unload m2", "pool-load m3 /nonexistent x", "blah"};
static char *stormfiles[] = {"status", "ctl", "model", "output", "prompt"};
static char *stormroots[] = {"ctl", "model", "pool/count", "pool/memory", "pool/list"};

static ulong
stormrand(Storm *st, ulong n)
{
	return randu32(&st->seed) % n;
}

/* n random bytes but NUL, and a NUL */
static void
junk(Storm *st, char *buf, int n)
{
	int i;

	for(i = 0; i < n; i++)
		buf[i] = 1 + stormrand(st, 255);
	buf[n] = 0;
}

/* a read of path, flushed at once or after a while */
static void
flushedread(Conn *c, char *path, Storm *st)
{
	Fcall t, f, r;
	u32int fid;
	int i;

	fid = nwalk(c, path);
	if(fid == ~0 || nopen(c, fid, OREAD) < 0)
		return;
	memset(&t, 0, sizeof t);
	t.type = Tread;
	t.fid = fid;
	t.offset = stormrand(st, 4) == 0 ? 1<<30 : stormrand(st, 2000);
	t.count = 1 + stormrand(st, 200);
	nsend(c, &t);
	sleep(stormrand(st, 2) ? stormrand(st, 20) : 0);
	memset(&f, 0, sizeof f);
	f.type = Tflush;
	f.oldtag = t.tag;
	nsend(c, &f);
	for(i = 0; i < 2 && nrecv(c, &r) == 0 && r.tag != f.tag; i++)
		;
	nclunk(c, fid);
}

/* a read of path left pending as the connection hangs up; a new one */
static Conn*
redial(Conn *c, char *path)
{
	Fcall t;
	u32int fid;

	if(path != nil && (fid = nwalk(c, path)) != ~0 && nopen(c, fid, OREAD) == 0){
		memset(&t, 0, sizeof t);
		t.type = Tread;
		t.fid = fid;
		t.count = 100;
		nsend(c, &t);
	}
	nhangup(c);
	return nconnect(addr);
}

static void
stormop(Storm *st, Conn **cp, char **live, int *nlive)
{
	Conn *c;
	char buf[3000], *p, *x;
	int i, n;

	c = *cp;
	p = *nlive > 0 ? live[stormrand(st, *nlive)] : nil;
	switch(stormrand(st, 10)){
	case 0:
		if(*nlive < 3 && (x = session(c)) != nil){
			live[(*nlive)++] = x;
			st->made[st->nmade++] = x;
		}
		return;
	case 1:
		if(p == nil)
			return;
		n = stormrand(st, 3) == 0 ? stormrand(st, sizeof buf) : 0;
		junk(st, buf, n);
		necho(c, smprint("%s/prompt", p), n > 0 ? buf : stormrand(st, 2) ? "Once upon a time" : "");
		return;
	case 2:
	case 3:
		if(p == nil)
			return;
		if(stormrand(st, 8) == 0){	/* a command of random bytes */
			junk(st, buf, stormrand(st, 40));
			ctl(c, p, buf);
			return;
		}
		x = stormctl[stormrand(st, nelem(stormctl))];
		if(ctl(c, p, x) < 0)
			return;
		st->ngen += strcmp(x, "generate") == 0;
		if(strcmp(x, "close") == 0){
			for(i = 0; live[i] != p; i++)
				;
			live[i] = live[--*nlive];
		}
		return;
	case 4:
		if(p != nil)
			flushedread(c, smprint("%s/stream", p), st);
		return;
	case 5:
		if(p != nil)
			free(ncat(c, smprint("%s/%s", p, stormfiles[stormrand(st, nelem(stormfiles))])));
		return;
	case 6:
		free(ncat(c, stormroots[stormrand(st, nelem(stormroots))]));
		return;
	case 7:
		if(p != nil)
			necho(c, smprint("%s/model", p), stormrand(st, 3) == 0 ? "(default)" : "m1");
		return;
	case 8:
		if(stormrand(st, 4) == 0){
			x = smprint(stormroot[stormrand(st, nelem(stormroot))], mpath("stories260K.bin"), mpath("tok512.bin"));
			ctl(c, nil, x);
		}else if(stormrand(st, 3) == 0){
			junk(st, buf, stormrand(st, 40));
			ctl(c, nil, buf);
		}
		return;
	case 9:
		if(stormrand(st, 8) == 0){
			*cp = redial(c, p != nil ? smprint("%s/stream", p) : nil);
			*nlive = 0;
		}
		return;
	}
}

static void
stormer(void *v)
{
	Storm *st;
	Conn *c;
	char *live[3];
	int i, nlive;

	st = v;
	nlive = 0;
	c = nconnect(addr);
	for(i = 0; i < Stormops && c != nil; i++)
		stormop(st, &c, live, &nlive);
	if(c != nil)
		nhangup(c);
	sendp(st->done, st);
}

/* the server's ctl says loads, sessions and generations are down to none */
static int
quiet(Conn *c, char **status)
{
	int i;

	for(i = 0; i < Polls; i++){
		free(*status);
		*status = ncat(c, "ctl");
		if(*status != nil && strstr(*status, "\nloading 0\n") != nil && strstr(*status, "sessions 0\n") != nil
		&& strstr(*status, "generating 0\n") != nil)
			return 1;
		sleep(25);
	}
	return 0;
}

void
testllmfsstorm(void)
{
	Storm *st[Stormers];
	Channel *done;
	Conn *c;
	char *mem, *mem0, *status, *want, *out;
	int i, k, ngen;

	want = greedyrun(mpath("stories260K.bin"), mpath("tok512.bin"), "Once upon a time", "200");
	if((c = started()) == nil)
		return;
	mem0 = ncat(c, "pool/memory");
	done = chancreate(sizeof(void*), Stormers);
	for(i = 0; i < Stormers; i++){
		st[i] = mallocz(sizeof(Storm), 1);
		st[i]->seed = 7919*i + 1;
		st[i]->done = done;
		proccreate(stormer, st[i], 64*1024);
	}
	for(i = 0; i < Stormers; i++)
		recvp(done);
	check(nexists(c, "ctl"), "llmfs gone after the storm");
	for(i = 0; i < Stormers; i++)
		for(k = 0; k < st[i]->nmade; k++)
			ctl(c, st[i]->made[k], "close");
	status = nil;
	check(quiet(c, &status), "sessions left after closing them all: %q", status);
	ctl(c, nil, "pool-unload m1");
	ctl(c, nil, "pool-limit 0 0");
	loaddefault(c);
	mem = ncat(c, "pool/memory");
	check(mem != nil && mem0 != nil && strcmp(mem, mem0) == 0, "memory %q after, %q before; list %q, ctl %q", mem, mem0, ncat(c, "pool/list"), ncat(c, "ctl"));
	k = ngen = 0;
	for(i = 0; i < Stormers; i++){
		k += st[i]->nmade;
		ngen += st[i]->ngen;
	}
	note("%d clients, %d operations, %d sessions, %d generations", Stormers, Stormers*Stormops, k, ngen);
	check(ngen > 0, "no generation started in the storm");
	out = generate1(c, session(c), "Once upon a time", "200");
	check(want != nil && out != nil && strcmp(out, want) == 0, "generation after the storm differs from run");
	nhangup(c);
	stopfs();
}

/* the pool alone: LRU eviction under limits, in-use models kept, one load per name */
void
testpoollru(void)
{
	Pool p;
	Poolent *a, *b;
	char *m, *t, *l;

	m = mpath("stories260K.bin");
	t = mpath("tok512.bin");
	poolinit(&p);
	check(poolload(&p, "a", m, t, "glenda") == 0 && poolload(&p, "b", m, t, "glenda") == 0 && poolload(&p, "c", m, t, "glenda") == 0, "load: %r");
	check(poolcount(&p) == 3, "count %d", poolcount(&p));
	a = poolget(&p, "a");		/* a is used, and now the most recent */
	check(a != nil, "get a: %r");
	check(poollimit(&p, 2, 0) == 0, "limit 2: %r");
	l = poollist(&p);
	check(poolcount(&p) == 2 && strcmp(l, "a\nc\n") == 0, "after limit 2: %q", l);
	check(poolunload(&p, "a") < 0 && strcmp(smprint("%r"), "model a in use by 1 session") == 0, "unload in use: %r");
	check(poollimit(&p, 1, 0) == 0 && poolcount(&p) == 1 && poolget(&p, "c") == nil, "limit 1 did not evict c");
	check(poolload(&p, "d", m, t, "glenda") < 0 && strstr(smprint("%r"), "pool full") != nil, "load past the limit: %r");
	poolput(&p, a);
	check(poolload(&p, "d", m, t, "glenda") == 0 && poolcount(&p) == 1 && poolget(&p, "a") == nil, "a not evicted for d: %r");
	b = poolget(&p, "d");
	check(b != nil && b->nloads == 1, "d loaded %d times", b ? b->nloads : -1);
	check(poolload(&p, "d", m, t, "glenda") == 0 && b->nloads == 1, "a second load of d loaded it again");
	poolput(&p, b);
	check(poollimit(&p, 0, 1000) < 0 || poolcount(&p) == 0, "byte limit kept a model");
	check(poolunload(&p, "nosuch") < 0 && strcmp(smprint("%r"), "unknown model nosuch") == 0, "unload unknown: %r");
}

static int
sh(char *cmd)
{
	char *argv[4];

	argv[0] = "/bin/sh";
	argv[1] = "-c";
	argv[2] = cmd;
	argv[3] = nil;
	return runprog(argv, nil, nil);
}

/*
 * llmfs on another host: a network namespace of its own, joined to
 * this one by a veth pair, made by the test; where namespaces cannot
 * be made, loopback TCP, and the note says so.
 */
void
testllmfsremote(void)
{
	char *ns, *net, *cmd, *want, *out, *s, *argv[10];
	Conn *c;
	int i, fd, pid;
	Waitmsg *w;

	ns = smprint("t9ml%d", getpid() % 100000);
	if(access("/usr/sbin/ip", AEXIST) < 0 && access("/sbin/ip", AEXIST) < 0){
		notrun("no ip(8) to make network namespaces (this is not Linux)");
		return;
	}
	/* a subnet of its own: two runs at once on one machine would route to each other's */
	net = smprint("10.231.%d", getpid() % 250 + 1);
	cmd = smprint("ip netns add %s && ip link add %sa type veth peer name %sb && ip link set %sb netns %s && "
		"ip addr add %s.2/30 dev %sa && ip link set %sa up && "
		"ip netns exec %s ip addr add %s.1/30 dev %sb && ip netns exec %s ip link set %sb up && "
		"ip netns exec %s ip link set lo up",
		ns, ns, ns, ns, ns,
		net, ns, ns,
		ns, net, ns, ns, ns,
		ns);
	if(sh(cmd) != 0){
		sh(smprint("ip netns del %s; ip link del %sa", ns, ns));
		note("namespaces unavailable: loopback TCP instead");
		testllmfs();
		return;
	}
	addr = smprint("tcp!%s.1!5640", net);
	pid = fork();
	if(pid == 0){
		fd = open("/dev/null", ORDWR);
		dup(fd, 0);
		dup(fd, 1);
		putenv("NAMESPACE", tmpdir);
		argv[0] = "/usr/sbin/ip";
		argv[1] = "netns";
		argv[2] = "exec";
		argv[3] = ns;
		argv[4] = bpath("llmfs");
		argv[5] = "-t";
		argv[6] = "-a";
		argv[7] = addr;
		argv[8] = nil;
		exec(argv[0], argv);
		exits("exec");
	}
	c = nil;
	for(i = 0; i < Polls && c == nil; i++){
		c = nconnect(addr);
		if(c == nil)
			sleep(25);
	}
	if(c == nil)
		fail("cannot reach llmfs in namespace %s: %r", ns);
	else{
		check(loaddefault(c) == 0, "load: %r");
		s = session(c);
		want = greedyrun(mpath("stories260K.bin"), mpath("tok512.bin"), "The little dog", "150");
		out = generate1(c, s, "The little dog", "150");
		check(want != nil && out != nil && strcmp(out, want) == 0, "remote stream differs from run");
		note("server in network namespace %s at %s.1, client across a veth pair", ns, net);
		nhangup(c);
	}
	postnote(PNPROC, pid, "kill");
	w = wait();
	free(w);
	sh(smprint("ip netns pids %s | xargs -r kill -9; ip netns del %s; ip link del %sa 2>/dev/null", ns, ns, ns));
}
