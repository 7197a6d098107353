/*
 * libFuzzer targets for llmfs as a client sees it (make fuzz): each
 * input becomes one connection's 9P messages, served by llmfs's own
 * handlers through the host lib9p, replies read and thrown away. Then
 * the connection ends and its Srv, fids and sessions must all be gone.
 * TARGET picks one:
 *	9p	messages decoded from the bytes, with fids, tags, offsets,
 *		names and writes from small sets so that walks reach files;
 *	ctl	lines written to the server's ctl (as its owner and as
 *		another user), a session's ctl and its model file.
 * Host-only (clang).
 */
#include "../src/llmfs.c"

#ifndef MODELS
#define	MODELS	"../shared/models"
#endif
#define	STR2(x)	#x
#define	STR(x)	STR2(x)

enum {
	Msize	= 8192+IOHDRSZ,
	Nfid	= 10,
	Ntag	= 6,
};

static char	*other = "glenda";
static char	*mfile = MODELS "/stories260K.bin";
static char	*tfile = MODELS "/tok512.bin";
static ulong	base;		/* this run's sessions are base+1, base+2, ... */
static Channel	*endc;		/* srv has returned */
static Channel	*freec;		/* the Srv is freed: every request answered */
static Channel	*drainc;	/* the replies are read to their end */

static char *names[] = {
	"ctl", "model", "clone", "pool", "count", "memory", "list", "prompt",
	"output", "stream", "status", "..", "#1", "#2", "#3", "0", "x", ".",
};

static char *writes[] = {
	"generate", "stop", "close", "reset", "steps 1", "steps 3", "temp 0",
	"temp 0.8", "topp 0.5", "seed 7", "seed x", "#load", "#pool-load",
	"pool-load q stories260K.bin tok512.bin", "pool-load r ../x tok512.bin",
	"pool-unload p", "pool-unload q", "unload", "pool-limit 1 0", "pool-limit 0 0",
	"p", "q", "default", "Once upon a time\n",
};

typedef struct In In;
struct In {
	uchar	*p;
	uchar	*e;
};

static int
get(In *in)
{
	if(in->p >= in->e)
		return 0;
	return *in->p++;
}

static void
fsfree(Srv *s)
{
	replyfree(s);
	close(s->infd);
	close(s->outfd);
	free(s);
	sendul(freec, 1);
}

static void
fsproc(void *v)
{
	srv(v);
	sendul(endc, 1);
}

static void
drainproc(void *v)
{
	char buf[Msize];

	while(read((int)(uintptr)v, buf, sizeof buf) > 0)
		;
	sendul(drainc, 1);
}

static void
tx(int fd, Fcall *f)
{
	uchar buf[Msize];
	uint n;

	n = convS2M(f, buf, sizeof buf);
	if(n > 0)
		write(fd, buf, n);
}

/* names #k as the k-th session this run makes */
static char*
name(char *s, char *buf, int n)
{
	if(s[0] == '#')
		snprint(buf, n, "%lud", base + s[1] - '0');
	else
		snprint(buf, n, "%s", s);
	return buf;
}

static void
attach(int fd, int fid, char *uname)
{
	Fcall f;

	memset(&f, 0, sizeof f);
	f.type = Tattach;
	f.tag = 0;
	f.fid = fid;
	f.afid = NOFID;
	f.uname = uname;
	f.aname = "";
	tx(fd, &f);
}

static void
walk(int fd, int fid, int newfid, char *p1, char *p2)
{
	Fcall f;

	memset(&f, 0, sizeof f);
	f.type = Twalk;
	f.fid = fid;
	f.newfid = newfid;
	f.wname[0] = p1;
	f.wname[1] = p2;
	f.nwname = p2 != nil ? 2 : 1;
	tx(fd, &f);
}

static void
open1(int fd, int fid, int mode)
{
	Fcall f;

	memset(&f, 0, sizeof f);
	f.type = Topen;
	f.fid = fid;
	f.mode = mode;
	tx(fd, &f);
}

static void
write1(int fd, int fid, vlong off, char *data, long n)
{
	Fcall f;

	memset(&f, 0, sizeof f);
	f.type = Twrite;
	f.fid = fid;
	f.offset = off;
	f.data = data;
	f.count = n;
	tx(fd, &f);
}

/* the text of a write: one of writes, a load of the test model, or bytes of the input */
static long
wdata(In *in, char *buf, int nbuf)
{
	char *s;
	long n;

	n = get(in);
	if(n >= nelem(writes)){
		n -= nelem(writes);
		if(n > in->e - in->p)
			n = in->e - in->p;
		memmove(buf, in->p, n);
		in->p += n;
		return n;
	}
	s = writes[n];
	if(strcmp(s, "#load") == 0)
		return snprint(buf, nbuf, "load %s %s", mfile, tfile);
	if(strcmp(s, "#pool-load") == 0)
		return snprint(buf, nbuf, "pool-load p %s %s", mfile, tfile);
	return snprint(buf, nbuf, "%s", s);
}

static vlong
offset(In *in)
{
	static vlong offs[] = {0, 0, 1, 5, 4096, 1<<20, -1, 1LL<<62};
	int b;

	b = get(in);
	return b < nelem(offs) ? offs[b] : b;
}

/* one message decoded from the input */
static void
message(int fd, In *in)
{
	static uint counts[] = {0, 1, 64, 8192, 65535};
	char nbuf[MAXWELEM][32], data[256];
	uchar st[512];
	Fcall f;
	Dir d;
	int i, b;

	memset(&f, 0, sizeof f);
	b = get(in);
	f.tag = get(in) % Ntag;
	f.fid = get(in) % Nfid;
	switch(b % 14){
	case 0:
		f.type = Twalk;
		f.newfid = get(in) % Nfid;
		f.nwname = get(in) % 4;
		for(i = 0; i < f.nwname; i++)
			f.wname[i] = name(names[get(in) % nelem(names)], nbuf[i], sizeof nbuf[i]);
		break;
	case 1:
		f.type = Topen;
		b = get(in);
		f.mode = (b & 3) | (b & 4 ? OTRUNC : 0) | (b & 8 ? ORCLOSE : 0);
		break;
	case 2:
		f.type = Tread;
		f.offset = offset(in);
		f.count = counts[get(in) % nelem(counts)];
		break;
	case 3:
		f.type = Twrite;
		f.offset = offset(in);
		f.count = wdata(in, data, sizeof data);
		f.data = data;
		break;
	case 4:
		f.type = Tclunk;
		break;
	case 5:
		f.type = Tstat;
		break;
	case 6:
		f.type = Twstat;
		nulldir(&d);
		b = get(in);
		if(b & 1)
			d.length = 0;
		if(b & 2)
			d.name = "x";
		if(b & 4)
			d.mode = 0666;
		if(b & 8)
			d.length = 1;
		f.nstat = convD2M(&d, st, sizeof st);
		f.stat = st;
		break;
	case 7:
		f.type = Tflush;
		f.oldtag = get(in) % Ntag;
		if(f.oldtag == f.tag)	/* parks on itself forever, in 9front's srv.c too */
			f.oldtag = (f.tag + 1) % Ntag;
		break;
	case 8:
		f.type = Tcreate;
		f.name = name(names[get(in) % nelem(names)], nbuf[0], sizeof nbuf[0]);
		f.perm = get(in) & 1 ? DMDIR|0777 : 0666;
		f.mode = get(in) & 3;
		break;
	case 9:
		f.type = Tremove;
		break;
	case 10:
		f.type = Tattach;
		b = get(in);
		f.uname = b & 1 ? other : owner;
		f.aname = b & 2 ? "x" : "";
		f.afid = b & 4 ? get(in) % Nfid : NOFID;
		break;
	case 11:
		f.type = Tauth;
		f.afid = f.fid;
		f.uname = get(in) & 1 ? other : owner;
		f.aname = "";
		break;
	case 12:
		f.type = Tversion;
		f.tag = NOTAG;
		b = get(in);
		f.msize = b & 1 ? 512 : Msize;	/* more than any message made here */
		f.version = b & 2 ? "9P2000" : b & 4 ? "9P2000.u" : "9P";
		break;
	case 13:	/* a frame of raw bytes */
		b = get(in);
		if(b > in->e - in->p)
			b = in->e - in->p;
		PBIT32(st, b + 4);
		memmove(st+4, in->p, b);
		in->p += b;
		/* one that does not convert ends the connection before the flushes below, which cover only tags below Ntag */
		if(convM2S(st, b + 4, &f) != b + 4 || f.tag >= Ntag || f.type == Tversion
		|| (f.type == Tflush && f.oldtag == f.tag))
			return;
		write(fd, st, b + 4);
		return;
	}
	tx(fd, &f);
}

/*
 * the ctl target: lines, each to the file its first byte picks: the
 * server's ctl as owner (fid 2) and as other (3), session 1's ctl (5)
 * and model (6)
 */
static void
ctlrun(int fd, In *in)
{
	static int fids[] = {2, 3, 5, 6};
	char id[32], *p, *e;
	int fid;

	walk(fd, 0, 2, "ctl", nil);
	open1(fd, 2, ORDWR);
	walk(fd, 1, 3, "ctl", nil);
	open1(fd, 3, ORDWR);
	walk(fd, 0, 4, "clone", nil);
	open1(fd, 4, OREAD);
	snprint(id, sizeof id, "%lud", base + 1);
	walk(fd, 0, 5, id, "ctl");
	open1(fd, 5, ORDWR);
	walk(fd, 0, 6, id, "model");
	open1(fd, 6, ORDWR);
	walk(fd, 0, 7, id, "prompt");
	open1(fd, 7, OWRITE);
	write1(fd, 7, 0, "Once", 4);
	for(p = (char*)in->p; p < (char*)in->e; p = e + 1){
		e = memchr(p, '\n', (char*)in->e - p);
		if(e == nil)
			e = (char*)in->e;
		if(e - p < 1)
			continue;
		fid = fids[(uchar)*p % nelem(fids)];
		p++;
		if(e - p > Msize - IOHDRSZ)
			p = e - (Msize - IOHDRSZ);
		write1(fd, fid, 0, p, e - p);
	}
}

/* every model but the default unloaded, no limits, the default loaded */
static void
poolreset(void)
{
	char *nm[64];
	Poolent *e;
	int i, n;

	n = 0;
	qlock(&pool.lk);
	for(e = pool.list; e != nil && n < nelem(nm); e = e->next)
		if(!e->dead && !e->loading && strcmp(e->name, "(default)") != 0)
			nm[n++] = estrdup9p(e->name);
	qunlock(&pool.lk);
	for(i = 0; i < n; i++){
		poolunload(&pool, nm[i]);
		free(nm[i]);
	}
	poollimit(&pool, 0, 0);
	if((e = poolget(&pool, "(default)")) != nil)
		poolput(&pool, e);
	else if(poolload(&pool, "(default)", mfile, tfile, owner) < 0){
		fprint(2, "fuzz9p: load %s: %r\n", mfile);
		abort();
	}
}

/* stop the generations of uid's sessions, so that their parked reads are answered */
static void
stopall(char *uid)
{
	static char *stop[] = {"stop"};
	char ebuf[ERRMAX];
	Session *s;
	ulong *ids;
	int i, n;

	ids = sessionids(uid, &n);
	for(i = 0; i < n; i++)
		if((s = findsession(ids[i])) != nil){
			sessctl(s, stop, 1, ebuf);
			sessdecref(s);
		}
	free(ids);
}

int LLVMFuzzerTestOneInput(uchar *d, unsigned long n);

int
LLVMFuzzerTestOneInput(uchar *d, unsigned long n)
{
	static int inited;
	int in[2], out[2];
	Session *s;
	Srv *fsrv;
	Fcall f;
	In i;

	if(!inited){
		owner = getuser();
		boottime = time(nil);
		modeldir = cleanname(estrdup9p(MODELS));
		poolinit(&pool);
		pool.owner = owner;
		threadsinit(0);
		if(sessinit() < 0)
			abort();
		endc = chancreate(sizeof(ulong), 1);
		freec = chancreate(sizeof(ulong), 1);
		drainc = chancreate(sizeof(ulong), 1);
		inited = 1;
		chatty9p = getenv("CHATTY9P") != nil;
	}
	poolreset();
	s = newsession(owner, nil);
	base = s->id;
	sessclose(s);
	sessdecref(s);

	if(pipe(in) < 0 || pipe(out) < 0)
		abort();
	fsrv = emalloc9p(sizeof *fsrv);
	*fsrv = fs;
	fsrv->infd = in[0];
	fsrv->outfd = out[1];
	fsrv->free = fsfree;
	if(proccreate(fsproc, fsrv, 64*1024) < 0 || proccreate(drainproc, (void*)(uintptr)out[0], 64*1024) < 0)
		abort();

	memset(&f, 0, sizeof f);
	f.type = Tversion;
	f.tag = NOTAG;
	f.msize = Msize;
	f.version = "9P2000";
	tx(in[1], &f);
	attach(in[1], 0, owner);
	attach(in[1], 1, other);
	i.p = d;
	i.e = d + n;
	if(strcmp(STR(TARGET), "ctl") == 0)
		ctlrun(in[1], &i);
	else
		while(i.p < i.e)
			message(in[1], &i);
	/*
	 * reads may be left parked when the connection ends: the generator
	 * answers the last one, and srvclose's destroyfid runs inside that
	 * respond (this deadlocked before the reaper); FUZZ9PFLUSH flushes
	 * every tag first instead
	 */
	if(getenv("FUZZ9PFLUSH") != nil)
		for(n = 0; n < Ntag; n++){
			memset(&f, 0, sizeof f);
			f.type = Tflush;
			f.tag = Ntag + n;
			f.oldtag = n;
			tx(in[1], &f);
		}
	close(in[1]);

	recvul(endc);
	stopall(owner);
	stopall(other);
	recvul(freec);
	recvul(drainc);
	close(out[0]);
	for(n = 0; n < 5000 && nsessions() != 0; n++)	/* the reaper closes them in its own time */
		sleep(1);
	if(nsessions() != 0){
		fprint(2, "fuzz9p: %d sessions left after the connection ended\n", nsessions());
		abort();
	}
	return 0;
}
