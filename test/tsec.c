/*
 * llmfs as an exported server meets it: authentication on the network,
 * sessions that are their cloners', the pool the owner's, confined
 * loads, the session limits, wstat as Linux clients truncate, and
 * sessions reclaimed after their connection.
 */
#include <u.h>
#include <libc.h>
#include <thread.h>
#include <fcall.h>
#include "dat.h"
#include "fns.h"
#include <9p.h>
#include "fs.h"
#include "test.h"
#include "ninep.h"

enum {
	Polls	= 1200,		/* 25 ms apart: 30 s */
};

static int	pid;

static char*
startsec(char **flags)
{
	return llmfsup(flags, &pid);
}

static void
stopsec(void)
{
	Waitmsg *w;

	if(pid > 0){
		postnote(PNPROC, pid, "kill");
		w = wait();
		free(w);
	}
	pid = 0;
}

/* a connection that attaches as uname, with afid (NOFID: none); nil with the Rerror as errstr */
static Conn*
attachas(char *addr, char *uname, u32int afid, Conn *c)
{
	Fcall t, r;

	if(c == nil){
		c = mallocz(sizeof *c, 1);
		c->buf = malloc(8192 + IOHDRSZ);
		c->msize = 8192 + IOHDRSZ;
		c->nextfid = 2;
		if((c->fd = dial(addr, nil, nil, nil)) < 0 || nversion(c, c->msize) < 0)
			goto err;
	}
	memset(&t, 0, sizeof t);
	t.type = Tattach;
	t.fid = 1;
	t.afid = afid;
	t.uname = uname;
	t.aname = "";
	if(nrpc(c, &t, &r) < 0)
		goto err;
	return c;
err:
	if(c->fd >= 0)
		close(c->fd);
	free(c->buf);
	free(c);
	return nil;
}

/* the error of writing cmd to path, "" if it was taken */
static char*
echoerr(Conn *c, char *path, char *cmd)
{
	if(necho(c, path, cmd) == 0)
		return "";
	return smprint("%r");
}

/* is name in the root directory as c reads it? */
static int
listed(Conn *c, char *name)
{
	uchar *buf;
	char strs[512];
	long n, off, m;
	u32int fid;
	Dir d;
	int found;

	fid = nwalk(c, "");
	if(fid == ~0 || nopen(c, fid, OREAD) < 0)
		return 0;
	buf = malloc(8192);
	found = 0;
	for(off = 0; (n = nread(c, fid, off, (char*)buf, 8192)) > 0; off += n)
		for(m = 0; m + BIT16SZ <= n; m += GBIT16(buf+m) + BIT16SZ)
			if(convM2D(buf+m, GBIT16(buf+m) + BIT16SZ, &d, strs) > 0 && strcmp(d.name, name) == 0)
				found = 1;
	free(buf);
	nclunk(c, fid);
	return found;
}

static void	hostile(char*);

static char*
clone1(Conn *c)
{
	char *s, *e;

	if((s = ncat(c, "clone")) == nil)
		return nil;
	if((e = strchr(s, '\n')) != nil)
		*e = 0;
	return s;
}

/* llmfs with -t, attached as this user, and a session of it; nil (reported, llmfs stopped) if not */
static char*
trustedsession(Conn **cp)
{
	static char *trusted[] = {"-t", nil};
	char *addr, *s;

	if((addr = startsec(trusted)) == nil)
		return nil;
	*cp = attachas(addr, getuser(), NOFID, nil);
	s = *cp != nil ? clone1(*cp) : nil;
	if(s == nil){
		fail("clone: %r");
		stopsec();
	}
	return s;
}

/* Tauth and Tattach on an announced llmfs, without and with -t */
void
testllmfsauth(void)
{
	static char *none[] = {nil};
	static char *trusted[] = {"-t", nil};
	Fcall t, r;
	Conn *c;
	char *addr, *err;

	if((addr = startsec(none)) == nil)
		return;
	c = attachas(addr, getuser(), NOFID, nil);
	check(c == nil, "attached to an authenticating llmfs without authenticating");
	err = smprint("%r");
	check(strcmp(err, "not authenticated") == 0, "attach without afid: %q", err);
	if(access("/mnt/factotum/rpc", AEXIST) < 0){
		/* no factotum (Linux): every Tauth fails with the open's error */
		c = mallocz(sizeof *c, 1);
		c->buf = malloc(8192 + IOHDRSZ);
		c->msize = 8192 + IOHDRSZ;
		c->fd = dial(addr, nil, nil, nil);
		check(c->fd >= 0 && nversion(c, c->msize) > 0, "version: %r");
		memset(&t, 0, sizeof t);
		t.type = Tauth;
		t.afid = 7;
		t.uname = getuser();
		t.aname = "";
		check(nrpc(c, &t, &r) < 0, "Tauth succeeded without factotum");
		err = smprint("%r");
		check(strstr(err, "/mnt/factotum") != nil, "Tauth: %q", err);
		c = attachas(addr, getuser(), 7, c);	/* the failed afid is gone */
		check(c == nil, "attached with a failed afid");
	}else
		note("factotum is here: Tauth's refusal without it not checked");
	stopsec();

	if((addr = startsec(trusted)) == nil)
		return;
	c = attachas(addr, getuser(), NOFID, nil);
	check(c != nil && nexists(c, "clone"), "-t: attach: %r");
	if(c != nil){
		memset(&t, 0, sizeof t);
		t.type = Tauth;
		t.afid = 9;
		t.uname = getuser();
		t.aname = "";
		check(nrpc(c, &t, &r) < 0 && strstr(smprint("%r"), "authentication not required") != nil,
			"-t: Tauth: %r");
		nhangup(c);
	}
	stopsec();
}

/* the machine's memory by /dev/swap, and on Linux by /proc/meminfo's MemTotal (kB) */
static vlong
memory(vlong *meminfo)
{
	char *s, *p;

	*meminfo = -1;
	if((s = readall("/proc/meminfo", nil)) != nil && (p = strstr(s, "MemTotal:")) != nil)
		*meminfo = strtoll(p + 9, nil, 10) * 1024;
	free(s);
	if((s = readall("/dev/swap", nil)) == nil)
		return -1;
	return strtoll(s, nil, 10);
}

/* the pool's byte limit is half the machine's memory when llmfs starts */
void
testllmfsmemlimit(void)
{
	static char *trusted[] = {"-t", nil};
	char *addr, *out, *want;
	vlong mem, mi;
	Conn *c;

	mem = memory(&mi);
	check(mem > 0, "/dev/swap: %r");
	if(mi >= 0){
		check(mem == mi, "/dev/swap says %lld bytes, /proc/meminfo %lld", mem, mi);
	}
	if((addr = startsec(trusted)) == nil)
		return;
	c = attachas(addr, getuser(), NOFID, nil);
	out = c != nil ? ncat(c, "ctl") : nil;
	want = smprint("\nlimit 0 %lld\n", mem / 2);
	check(out != nil && strstr(out, want) != nil, "ctl %q, want %q", out, want);
	nhangup(c);
	stopsec();
}

/* sessions are their cloners', the pool the owner's; others load only from -d */
void
testllmfsowner(void)
{
	char *flags[4], *addr, *dir, *s, *so, *err, *out, strs[512];
	Conn *o, *u;
	u32int fid;
	Dir d;
	int fd, i;

	dir = tpath("models");
	if(access(dir, AEXIST) < 0 && (fd = create(dir, OREAD, DMDIR|0755)) >= 0)
		close(fd);
	if(copyfile(mpath("stories260K.bin"), smprint("%s/m.bin", dir)) < 0
	|| copyfile(mpath("tok512.bin"), smprint("%s/tok.bin", dir)) < 0){
		fail("copy: %r");
		return;
	}
	flags[0] = "-t"; flags[1] = "-d"; flags[2] = dir; flags[3] = nil;
	if((addr = startsec(flags)) == nil)
		return;
	o = attachas(addr, getuser(), NOFID, nil);
	u = attachas(addr, "mallory", NOFID, nil);
	if(o == nil || u == nil){
		fail("attach: %r");
		stopsec();
		return;
	}
	check((err = echoerr(o, "ctl", smprint("load %s %s", mpath("stories260K.bin"), mpath("tok512.bin"))))[0] == 0,
		"the owner's load: %s", err);
	/* the owner's commands */
	err = echoerr(u, "ctl", smprint("load %s %s", mpath("stories260K.bin"), mpath("tok512.bin")));
	check(strcmp(err, "permission denied") == 0, "another's load: %q", err);
	err = echoerr(u, "ctl", "unload");
	check(strcmp(err, "permission denied") == 0, "another's unload: %q", err);
	err = echoerr(u, "ctl", "pool-limit 0 0");
	check(strcmp(err, "permission denied") == 0, "another's pool-limit: %q", err);
	err = echoerr(u, "ctl", "pool-unload (default)");
	check(strcmp(err, "permission denied") == 0, "another's pool-unload: %q", err);
	/* confined to the model directory, refused before any file is touched */
	err = echoerr(u, "ctl", smprint("pool-load p /etc/passwd %s", mpath("tok512.bin")));
	check(strcmp(err, "permission denied") == 0, "an absolute path: %q", err);
	err = echoerr(u, "ctl", "pool-load p ../../etc/passwd m.bin");
	check(strcmp(err, "permission denied") == 0, "a path out of the directory: %q", err);
	err = echoerr(u, "ctl", "pool-load p m.bin nosuch");
	check(strstr(err, "nosuch") != nil && strstr(err, "does not exist") != nil, "a missing tokenizer: %q", err);
	err = echoerr(u, "ctl", "pool-load (default) m.bin nosuch");
	check(strcmp(err, "permission denied") == 0, "another user's pool-load of the default model: %q", err);
	err = echoerr(o, "ctl", smprint("pool-load t %s/m.bin %s", dir, mpath("tok512.bin")));
	check(err[0] == 0, "the owner's pool-load: %q", err);
	check(strcmp(echoerr(o, "ctl", "pool-limit 4 0"), "") == 0, "the owner's pool-limit");
	out = ncat(o, "ctl");
	check(out != nil && strstr(out, "\nlimit 4 0\n") != nil, "ctl after pool-limit 4 0: %q", out);

	/* a session of mallory's: its files are mallory's, and the owner cannot reach them */
	s = clone1(u);
	so = clone1(o);
	check(s != nil && so != nil, "clone: %r");
	if(s == nil || so == nil){
		stopsec();
		return;
	}
	fid = nwalk(u, smprint("%s/ctl", s));
	check(fid != ~0 && nstat(u, fid, &d, strs) == 0 && strcmp(d.uid, "mallory") == 0 && (d.mode & 0777) == 0600,
		"%s/ctl: %s %luo", s, fid != ~0 ? d.uid : "", fid != ~0 ? d.mode & 0777 : 0);
	if(fid != ~0)
		nclunk(u, fid);
	check(!nexists(o, s) && strcmp(smprint("%r"), "permission denied") == 0, "the owner walked into mallory's %s: %r", s);
	check(ncat(o, smprint("%s/output", s)) == nil, "the owner read mallory's output");
	check(!nexists(u, so), "mallory walked into the owner's %s", so);
	check(!listed(o, s) && listed(o, so) && listed(u, s) && !listed(u, so), "the root lists others' sessions");
	check(necho(u, smprint("%s/prompt", s), "Once upon a time") == 0
		&& necho(u, smprint("%s/ctl", s), "steps 20") == 0
		&& necho(u, smprint("%s/ctl", s), "generate") == 0, "mallory's generation: %r");
	out = ncat(u, smprint("%s/output", s));
	check(out != nil && strncmp(out, "Once upon a time", 16) == 0, "mallory's output: %q", out);
	/* what echo >prompt writes: newlines only, once read before the prompt (make sanitize sees it) */
	check(necho(u, smprint("%s/prompt", s), "\n\n") == 0 && necho(u, smprint("%s/ctl", s), "generate") == 0,
		"a prompt of newlines: %r");
	out = ncat(u, smprint("%s/output", s));
	check(out != nil && strlen(out) > 1, "a prompt of newlines gave %q", out);
	/* a pool name is its loader's, and a user other than the owner holds at most four */
	check(strcmp(echoerr(o, "ctl", "pool-limit 0 0"), "") == 0, "the owner's pool-limit 0 0");
	err = echoerr(u, "ctl", "pool-load t m.bin tok.bin");
	check(strcmp(err, "permission denied") == 0, "mallory's pool-load of the owner's t: %q", err);
	for(i = 1; i <= 4; i++)
		check((err = echoerr(u, "ctl", smprint("pool-load p%d m.bin tok.bin", i)))[0] == 0, "mallory's p%d: %q", i, err);
	err = echoerr(u, "ctl", "pool-load p5 m.bin tok.bin");
	check(strcmp(err, "too many models") == 0, "mallory's fifth name: %q", err);
	nhangup(o);
	nhangup(u);
	stopsec();
}

/* a wstat that changes nothing, or truncates a writable file, is taken; any other is refused */
void
testllmfswstat(void)
{
	uchar buf[256];
	char *s, strs[512];
	Fcall t, r;
	Conn *c;
	u32int fid;
	Dir d;
	int i;
	static struct {
		char	*file;
		int	field;		/* 0 none, 1 length 0, 2 length 5, 3 name, 4 mode */
		char	*err;		/* nil: taken */
	} cases[] = {
		"prompt", 0, nil,
		"prompt", 1, nil,
		"ctl", 1, nil,
		"prompt", 2, "wstat prohibited",
		"prompt", 3, "wstat prohibited",
		"prompt", 4, "wstat prohibited",
		"output", 1, "wstat prohibited",
		"status", 0, nil,
	};

	if((s = trustedsession(&c)) == nil)
		return;
	for(i = 0; i < nelem(cases); i++){
		check(necho(c, smprint("%s/prompt", s), "Once upon a time") == 0, "prompt: %r");
		fid = nwalk(c, smprint("%s/%s", s, cases[i].file));
		nulldir(&d);
		switch(cases[i].field){
		case 1: d.length = 0; break;
		case 2: d.length = 5; break;
		case 3: d.name = "x"; break;
		case 4: d.mode = 0666; break;
		}
		memset(&t, 0, sizeof t);
		t.type = Twstat;
		t.fid = fid;
		t.nstat = convD2M(&d, buf, sizeof buf);
		t.stat = buf;
		if(nrpc(c, &t, &r) < 0)
			check(cases[i].err != nil && strcmp(smprint("%r"), cases[i].err) == 0,
				"wstat %s case %d: %r", cases[i].file, cases[i].field);
		else
			check(cases[i].err == nil, "wstat %s case %d was taken", cases[i].file, cases[i].field);
		nclunk(c, fid);
		fid = nwalk(c, smprint("%s/prompt", s));
		check(nstat(c, fid, &d, strs) == 0, "stat: %r");
		check(d.length == (cases[i].field == 1 && strcmp(cases[i].file, "prompt") == 0 ? 0 : 16),
			"after wstat %s case %d the prompt has %lld bytes", cases[i].file, cases[i].field, d.length);
		nclunk(c, fid);
	}
	nhangup(c);
	stopsec();
}

/* the session limits of one user, and a session kept by another connection's fid until it goes */
void
testllmfslimits(void)
{
	static char *trusted[] = {"-t", nil};
	char *addr, *s, *err;
	Conn *a, *b;
	u32int fid;
	int i, n;

	if((addr = startsec(trusted)) == nil)
		return;
	a = attachas(addr, "alice", NOFID, nil);
	b = attachas(addr, "bob", NOFID, nil);
	if(a == nil || b == nil){
		fail("attach: %r");
		stopsec();
		return;
	}
	for(n = 0; n < 40 && clone1(a) != nil; n++)
		;
	err = smprint("%r");
	check(n == Maxusersessions && strstr(err, "too many sessions") != nil, "alice cloned %d sessions: %q", n, err);
	s = clone1(b);
	check(s != nil, "bob, after alice's limit: %r");
	nhangup(a);
	/* alice's sessions went with her connection: she may clone again */
	a = attachas(addr, "alice", NOFID, nil);
	for(i = 0; i < Polls && (s = clone1(a)) == nil; i++)
		sleep(25);
	check(s != nil, "alice's sessions outlived her connection: %r");
	/* one of bob's named by a second connection of bob's stays while that fid does */
	nhangup(a);
	s = clone1(b);
	a = attachas(addr, "bob", NOFID, nil);
	fid = a != nil && s != nil ? nwalk(a, smprint("%s/status", s)) : ~0;
	check(fid != ~0, "bob's second connection: %r");
	nhangup(b);
	check(fid != ~0 && nexists(a, s), "bob's session %s went while a fid of his named it", s);
	if(fid != ~0)
		nclunk(a, fid);
	for(i = 0; i < Polls && nexists(a, s); i++)	/* the server sees the hang-up in its own time */
		sleep(25);
	check(!nexists(a, s), "bob's session %s outlived its connection and its last fid", s);
	nhangup(a);
	hostile(addr);
	stopsec();
}

/* a Tflush of its own tag on c, then a hang-up */
static void
selfflush(Conn *c)
{
	Fcall t;

	memset(&t, 0, sizeof t);
	t.type = Tflush;
	t.tag = 7;
	t.oldtag = 7;
	nsend(c, &t);
	nhangup(c);
}

/*
 * what a client did to hold on to sessions and connection slots, or to
 * hold the session lock: .. after a file, Tflushes of their own tag
 * (never answered by 9front's lib9p) on more connections than llmfs
 * serves at once and with a fid naming a session, too many stop
 * strings, a NUL in a command
 */
static void
hostile(char *addr)
{
	char *s, *s2, *err, buf[8192];
	Conn *a, *c;
	u32int fid;
	int i, n;

	a = attachas(addr, "carol", NOFID, nil);
	if(a == nil || (s = clone1(a)) == nil){
		fail("carol: %r");
		return;
	}
	fid = nwalk(a, smprint("%s/ctl/..", s));
	check(fid == ~0, "%s/ctl/.. walked", s);
	fid = nwalk(a, smprint("%s/..", s));
	check(fid != ~0, "%s/..: %r", s);
	if(fid != ~0)
		nclunk(a, fid);
	for(i = 0; i < 70; i++){
		if((c = attachas(addr, "dave", NOFID, nil)) == nil)
			break;
		selfflush(c);
	}
	check(i == 70, "connection %d of 70 flushing their own tags refused: %r", i);
	for(n = 0; n < Polls && (c = attachas(addr, "erin", NOFID, nil)) == nil; n++)
		sleep(25);
	check(c != nil && clone1(c) != nil, "erin, after 70 self-flushes: %r");
	if(c != nil)
		nhangup(c);
	/* and a session a fid of a connection that flushed its own tag names goes with the connection */
	c = attachas(addr, "frank", NOFID, nil);
	s2 = c != nil ? clone1(c) : nil;
	check(s2 != nil && nwalk(c, smprint("%s/status", s2)) != ~0, "frank: %r");
	if(s2 != nil){
		selfflush(c);
		c = attachas(addr, "frank", NOFID, nil);
		for(n = 0; n < Polls && c != nil && nexists(c, s2); n++)
			sleep(25);
		check(c != nil && !nexists(c, s2), "session %s outlived its connection, which flushed its own tag", s2);
		if(c != nil)
			nhangup(c);
	}
	n = 0;
	for(i = 0; i < Maxstops + 1; i++)
		n += snprint(buf + n, sizeof buf - n, " s%d", i);
	check(strcmp(err = echoerr(a, smprint("%s/ctl", s), smprint("stop-string%s", buf)), "too many stop strings") == 0,
		"%d stop strings: %q", Maxstops + 1, err);
	*strrchr(buf, ' ') = 0;
	check((err = echoerr(a, smprint("%s/ctl", s), smprint("stop-string%s", buf)))[0] == 0, "%d stop strings: %s", Maxstops, err);
	memset(buf, 'x', Maxstopbytes + 1);
	buf[Maxstopbytes + 1] = 0;
	check(strcmp(err = echoerr(a, smprint("%s/ctl", s), smprint("stop-string %s", buf)), "too many stop strings") == 0,
		"%d bytes of stop strings: %q", Maxstopbytes + 1, err);
	fid = nwalkopen(a, smprint("%s/ctl", s), OWRITE);
	check(fid != ~0 && nwrite(a, fid, 0, "temp 1\0junk", 11) < 0, "a command with a NUL was taken");
	check(fid != ~0 && strcmp(err = smprint("%r"), "bad command") == 0, "a command with a NUL: %q", err);
	if(fid != ~0)
		nclunk(a, fid);
	nhangup(a);
}

/* n reads of count bytes at offset 0 of fid, sent at once and never read; -1 if not sent */
static int
unread(Conn *c, u32int fid, int n, long count)
{
	Fcall t;

	memset(&t, 0, sizeof t);
	t.type = Tread;
	t.fid = fid;
	t.count = count;
	while(n-- > 0){
		t.tag = 0;
		if(nsend(c, &t) < 0)
			return -1;
	}
	return 0;
}

/*
 * a client that stops reading stalls its own connection only: carol
 * parks Maxparked reads of an output, fills her connection with answers
 * to reads of a system prompt she never reads, and ends the generation
 * from a second connection (whose read of that output is one too many),
 * so that its parked reads are answered into the full connection; bob's
 * generation still ends. (It did not when the
 * generator wrote the answers itself, holding the session's lock.)
 */
void
testllmfsslow(void)
{
	static char *trusted[] = {"-t", nil};
	static char *rnd[] = {"random", nil, "384", "1024", "6", "6", "6", "512", "1024", "7", nil};
	char *addr, *s, *s2, *sb, *st, buf[8000];
	Conn *o, *a, *a2, *b;
	u32int out, out2, sys;
	int i;

	rnd[1] = tpath("slow.bin");
	if(export1(rnd) == nil || (addr = startsec(trusted)) == nil)
		return;
	o = attachas(addr, getuser(), NOFID, nil);
	a = attachas(addr, "carol", NOFID, nil);
	a2 = attachas(addr, "carol", NOFID, nil);
	b = attachas(addr, "bob", NOFID, nil);
	if(o == nil || a == nil || a2 == nil || b == nil
	|| necho(o, "ctl", smprint("load %s %s", rnd[1], mpath("tok512.bin"))) < 0
	|| (s = clone1(a)) == nil || (s2 = clone1(a)) == nil || (sb = clone1(b)) == nil){
		fail("setting up: %r");
		stopsec();
		return;
	}
	memset(buf, 'x', sizeof buf - 1);
	buf[sizeof buf - 1] = 0;
	check(necho(a, smprint("%s/system", s2), buf) == 0
		&& necho(a, smprint("%s/prompt", s), "Once upon a time") == 0
		&& necho(a, smprint("%s/ctl", s), "temp 0") == 0
		&& necho(a, smprint("%s/ctl", s), "steps 1024") == 0
		&& necho(a, smprint("%s/ctl", s), "generate") == 0, "carol's generation: %r");
	out = nwalkopen(a, smprint("%s/output", s), OREAD);
	sys = nwalkopen(a, smprint("%s/system", s2), OREAD);
	check(out != ~0 && sys != ~0 && unread(a, out, Maxparked, 8192) == 0 && unread(a, sys, 2000, 8192) == 0,
		"carol's reads: %r");
	sleep(500);	/* for llmfs to fill carol's connection: its proc that serves her then waits */
	st = ncat(a2, smprint("%s/status", s));
	check(st != nil && strncmp(st, "generating", 10) == 0, "carol's generation ended before its reads were parked: %q", st);
	out2 = nwalkopen(a2, smprint("%s/output", s), OREAD);
	check(out2 != ~0 && nread(a2, out2, 0, buf, 10) < 0 && strcmp(st = smprint("%r"), "too many reads waiting") == 0,
		"read %d of an output: %q", Maxparked + 1, st);
	check(necho(a2, smprint("%s/ctl", s), "stop") == 0, "stop: %r");
	check(necho(b, smprint("%s/prompt", sb), "Once upon a time") == 0
		&& necho(b, smprint("%s/ctl", sb), "steps 20") == 0
		&& necho(b, smprint("%s/ctl", sb), "generate") == 0, "bob's generation: %r");
	for(i = 0; i < Polls && (st = ncat(b, smprint("%s/status", sb))) != nil && strncmp(st, "done", 4) != 0; i++)
		sleep(25);
	check(st != nil && strncmp(st, "done", 4) == 0, "bob's generation, with carol not reading: %q", st);
	nhangup(a);
	nhangup(a2);
	nhangup(b);
	nhangup(o);
	stopsec();
}

/*
 * connections that do not attach: one system has Maxsyswaiting of them
 * served at once, and another call of its waits in the queue; they are
 * hung up after Attachsecs, and the call waiting is served; an attached
 * connection is not hung up
 */
void
testllmfsidle(void)
{
	static char *trusted[] = {"-t", nil};
	char *addr, *st, *want, ch;
	int fd[Maxsyswaiting], i, n;
	Conn *a, *c;
	Fcall t, r;

	if((addr = startsec(trusted)) == nil)
		return;
	a = attachas(addr, "carol", NOFID, nil);
	for(i = 0; i < Maxsyswaiting; i++)
		fd[i] = dial(addr, nil, nil, nil);
	c = mallocz(sizeof *c, 1);
	c->msize = 8192 + IOHDRSZ;
	c->buf = malloc(c->msize);
	c->nextfid = 2;
	memset(&t, 0, sizeof t);
	t.type = Tversion;
	t.tag = NOTAG;
	t.msize = c->msize;
	t.version = "9P2000";
	c->fd = dial(addr, nil, nil, nil);
	check(a != nil && fd[Maxsyswaiting-1] >= 0 && c->fd >= 0 && nsend(c, &t) == 0, "connections: %r");
	check(a != nil && clone1(a) != nil, "the attached connection, with %d waiting: %r", Maxsyswaiting);
	want = smprint("\nconnections %d %d 1\n", Maxsyswaiting + 1, Maxsyswaiting);
	for(i = 0; i < Polls && (st = a != nil ? ncat(a, "ctl") : nil) != nil && strstr(st, want) == nil; i++)
		sleep(25);	/* llmfs takes the calls in its own time */
	check(st != nil && strstr(st, want) != nil, "ctl with %d waiting and one queued: %q", Maxsyswaiting, st);
	for(i = 0; i < Maxsyswaiting; i++){
		n = fd[i] >= 0 ? read(fd[i], &ch, 1) : 0;	/* what ends it is the hang-up */
		check(n <= 0, "a waiting connection was sent %d bytes", n);
		if(fd[i] >= 0)
			close(fd[i]);
	}
	check(nrecv(c, &r) == 0 && r.type == Rversion, "the call that waited in the queue: %r");
	if(attachas(addr, "erin", NOFID, c) == nil)	/* which frees c */
		c = nil;
	check(c != nil && clone1(c) != nil, "the call that waited, attached: %r");
	check(a != nil && clone1(a) != nil, "the attached connection, after the waiting ones were hung up: %r");
	if(a != nil)
		nhangup(a);
	if(c != nil)
		nhangup(c);
	stopsec();
}

/*
 * an error longer than ERRMAX reaches a 256-byte msize cut at a rune's edge, and llmfs goes on:
 * a model name of bad UTF-8 is echoed with each byte a 3-byte Runeerror, so 100 bytes make 314
 */
void
testllmfslongerr(void)
{
	static char *trusted[] = {"-t", nil};
	char *addr, *s, *e, name[101], want[ERRMAX];
	Conn *c;
	int i;

	if((addr = startsec(trusted)) == nil)
		return;
	c = mallocz(sizeof *c, 1);
	c->buf = malloc(8192 + IOHDRSZ);
	c->msize = 8192 + IOHDRSZ;
	c->nextfid = 2;
	c->fd = dial(addr, nil, nil, nil);
	if(c->fd < 0 || nversion(c, 256) != 256 || attachas(addr, getuser(), NOFID, c) == nil || (s = clone1(c)) == nil){
		fail("connect with msize 256: %r");
		stopsec();
		return;
	}
	memset(name, 0x80, sizeof name - 1);
	name[sizeof name - 1] = 0;
	strcpy(want, "unknown model ");
	for(i = 0; i < (ERRMAX-1 - 14) / 3; i++)	/* whole runes that fit after the 14 bytes */
		strcat(want, "\xef\xbf\xbd");
	e = echoerr(c, smprint("%s/model", s), name);
	check(strcmp(e, want) == 0, "long error: %d bytes %q", strlen(e), e);
	check((e = ncat(c, smprint("%s/status", s))) != nil, "status after the long error: %r");
	nhangup(c);
	stopsec();
}

/* a generation on a model whose numbers overflow ends as any other, and llmfs goes on (9front would kill it on the first trap) */
void
testllmfsfp(void)
{
	char *p, *s, *err, *st;
	Conn *c;

	if((p = hugemodel()) == nil){
		fail("huge model: %r");
		return;
	}
	if((s = trustedsession(&c)) == nil)
		return;
	err = echoerr(c, "ctl", smprint("load %s %s", p, mpath("tok512.bin")));
	check(err[0] == 0, "load: %s", err);
	check(necho(c, smprint("%s/prompt", s), "Once upon a time") == 0
		&& necho(c, smprint("%s/ctl", s), "steps 16") == 0
		&& necho(c, smprint("%s/ctl", s), "generate") == 0, "generate: %r");
	check(ncat(c, smprint("%s/output", s)) != nil, "output: %r");
	st = ncat(c, smprint("%s/status", s));
	check(st != nil && strncmp(st, "done ", 5) == 0, "status: %q", st);
	nhangup(c);
	stopsec();
}
