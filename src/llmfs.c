/*
 * llmfs: the model pool, sessions and their output as a 9P file tree.
 *	llmfs [-Dt] [-d modeldir] [-s srvname] [-m mtpt] [-a announce-address]
 * A session and its files belong to the user who cloned it; the pool is
 * the server owner's, and others may load only from modeldir.
 */
#include <u.h>
#include <libc.h>
#include <thread.h>
#include <fcall.h>
#include <9p.h>
#include "dat.h"
#include "fns.h"
#include "arch.h"
#include "fs.h"

int	mainstacksize = 64*1024;
Pool	pool;
char	*owner;
ulong	boottime;
static char	*modeldir;	/* -d: where others may load models from; nil: nowhere */

typedef struct Tab Tab;
struct Tab {
	char	*name;
	ulong	perm;
};

static Tab tab[Qmax] = {
	[Qroot]		{"/", DMDIR|0555},
	[Qctl]		{"ctl", 0666},
	[Qmodel]	{"model", 0444},
	[Qclone]	{"clone", 0444},
	[Qpool]		{"pool", DMDIR|0555},
	[Qpcount]	{"count", 0444},
	[Qpmemory]	{"memory", 0444},
	[Qplist]	{"list", 0444},
	[Qsess]		{"", DMDIR|0500},
	[Qsctl]		{"ctl", 0600},
	[Qsmodel]	{"model", 0600},
	[Qsprompt]	{"prompt", 0200},
	[Qsoutput]	{"output", 0400},
	[Qsstream]	{"stream", 0400},
	[Qsstatus]	{"status", 0400},
	[Qssystem]	{"system", 0600},
	[Qschat]	{"chat", 0200},
};

static int rootfiles[] = {Qctl, Qmodel, Qclone, Qpool};
static int poolfiles[] = {Qpcount, Qpmemory, Qplist};
static int sessfiles[] = {Qsctl, Qsmodel, Qsprompt, Qsoutput, Qsstream, Qsstatus, Qssystem, Qschat};

static Qid
mkqid(int type, ulong id)
{
	Qid q;

	q.path = (uvlong)id << 8 | type;
	q.vers = 0;
	q.type = tab[type].perm & DMDIR ? QTDIR : QTFILE;
	return q;
}

static void
fillstat(Dir *d, int type, Session *s, ulong id)
{
	memset(d, 0, sizeof *d);
	d->qid = mkqid(type, id);
	d->mode = tab[type].perm;
	d->name = type == Qsess ? smprint("%lud", id) : estrdup9p(tab[type].name);
	d->uid = estrdup9p(s != nil ? s->uid : owner);
	d->gid = estrdup9p(d->uid);
	d->muid = estrdup9p(d->uid);
	d->atime = d->mtime = boottime;
	if(s != nil){
		qlock(&s->lk);
		d->qid.vers = s->vers;
		if(type == Qsprompt)
			d->length = s->nprompt;
		if(type == Qssystem)
			d->length = s->nsys;
		if(type == Qsoutput && s->state != Sgen)
			d->length = s->nout;
		if(type == Qsstream && s->state != Sgen)
			d->length = s->nout - s->rstart;
		qunlock(&s->lk);
	}
}

static Faux*
newfaux(int type, Session *s)
{
	Faux *a;

	a = emalloc9p(sizeof *a);
	a->type = type;
	a->s = s;
	sessfid(s, 1);
	return a;
}

static void
fsattach(Req *r)
{
	if(r->ifcall.aname && r->ifcall.aname[0]){
		respond(r, "unknown attach name");
		return;
	}
	if(r->srv->auth != nil && authattach(r) < 0)
		return;
	netattached(r->srv);
	r->fid->aux = newfaux(Qroot, nil);
	r->ofcall.qid = mkqid(Qroot, 0);
	r->fid->qid = r->ofcall.qid;
	respond(r, nil);
}

static char*
fsclone(Fid *old, Fid *new)
{
	Faux *a;

	a = old->aux;
	if(a->s)
		incref(&a->s->ref);
	new->aux = newfaux(a->type, a->s);
	return nil;
}

static char*
fswalk1(Fid *fid, char *name, Qid *qid)
{
	Faux *a;
	Session *s;
	char *e;
	ulong id;
	int i, *files, n;

	a = fid->aux;
	if(strcmp(name, "..") == 0){
		/* after a file (one walk of N/ctl/..) it is not a directory: the fid would keep its session */
		if(a->type != Qroot && a->type != Qpool && a->type != Qsess)
			return "not a directory";
		if(a->s != nil){
			sessfid(a->s, -1);
			sessdecref(a->s);
			a->s = nil;
		}
		a->type = Qroot;
		*qid = mkqid(Qroot, 0);
		return nil;
	}
	switch(a->type){
	case Qroot:
		files = rootfiles;
		n = nelem(rootfiles);
		break;
	case Qpool:
		files = poolfiles;
		n = nelem(poolfiles);
		break;
	case Qsess:
		files = sessfiles;
		n = nelem(sessfiles);
		break;
	default:
		return "not a directory";
	}
	for(i = 0; i < n; i++)
		if(strcmp(name, tab[files[i]].name) == 0){
			a->type = files[i];
			*qid = mkqid(a->type, a->s ? a->s->id : 0);
			return nil;
		}
	if(a->type == Qroot){
		id = strtoul(name, &e, 10);
		if(*name >= '1' && *name <= '9' && *e == 0 && (s = findsession(id)) != nil){
			if(strcmp(s->uid, fid->uid) != 0){
				sessdecref(s);
				return "permission denied";
			}
			a->type = Qsess;
			a->s = s;
			sessfid(s, 1);
			*qid = mkqid(Qsess, id);
			return nil;
		}
	}
	return "file does not exist";
}

static void
fsdestroyfid(Fid *fid)
{
	Faux *a;

	if(fid->qid.type & QTAUTH){
		authdestroy(fid);
		return;
	}
	a = fid->aux;
	if(a == nil)
		return;
	sessfid(a->s, -1);
	sessdecref(a->s);
	free(a->ids);
	free(a);
	fid->aux = nil;
}

/* may uid open the file a names with mode, as hasperm(2) judges: the owner's bits or the others' */
static int
allowed(Faux *a, char *uid, int mode)
{
	static int need[] = {[OREAD] 4, [OWRITE] 2, [ORDWR] 6, [OEXEC] 1};
	ulong perm;
	int m;

	perm = tab[a->type].perm;
	if(strcmp(uid, a->s != nil ? a->s->uid : owner) == 0)
		perm >>= 6;
	m = need[mode & OMASK];
	if(mode & OTRUNC)
		m |= 2;
	return (perm & m) == m;
}

static void
fsopen(Req *r)
{
	Faux *a;

	a = r->fid->aux;
	if(!allowed(a, r->fid->uid, r->ifcall.mode)){
		respond(r, "permission denied");
		return;
	}
	if((r->ifcall.mode & OTRUNC) && a->type == Qsprompt)
		sessprompt(a->s, 0, "", 0);
	if((r->ifcall.mode & OTRUNC) && a->type == Qssystem)
		sesssystem(a->s, 0, "", 0);
	if(a->type == Qclone){
		/* one session per open; it lives until "close", or until nothing names it after its connection ends */
		if((a->s = newsession(r->fid->uid, r->srv)) == nil){
			responderror(r);
			return;
		}
		sessfid(a->s, 1);
	}
	respond(r, nil);
}

static int
rootgen(int i, Dir *d, void *v)
{
	Faux *a;
	Session *s;

	a = v;
	if(i < nelem(rootfiles)){
		fillstat(d, rootfiles[i], nil, 0);
		return 0;
	}
	i -= nelem(rootfiles);
	if(i >= a->nids)
		return -1;
	s = findsession(a->ids[i]);
	fillstat(d, Qsess, s, a->ids[i]);
	sessdecref(s);
	return 0;
}

static int
poolgen(int i, Dir *d, void*)
{
	if(i >= nelem(poolfiles))
		return -1;
	fillstat(d, poolfiles[i], nil, 0);
	return 0;
}

static int
sessgen(int i, Dir *d, void *v)
{
	Faux *a;

	a = v;
	if(i >= nelem(sessfiles))
		return -1;
	fillstat(d, sessfiles[i], a->s, a->s->id);
	return 0;
}

static char*
serverstatus(void)
{
	int served, waiting, queued;

	netcount(&served, &waiting, &queued);
	return smprint("models %d\nloading %d\nsessions %d\ngenerating %d\nbatched %d\nmemory %lld\nlimit %d %lld\n"
		"connections %d %d %d\n",
		poolcount(&pool), poolloading(&pool), nsessions(), generating(), batchpeak(),
		poolbytes(&pool) + sessbytes(), pool.maxmodels, pool.maxbytes, served, waiting, queued);
}

static char*
modelinfo(void)
{
	Poolent *e;
	Config *c;
	char *s;

	e = poolget(&pool, "(default)");
	if(e == nil){
		werrstr("no default model: write load MODEL TOKENIZER to ctl");
		return nil;
	}
	c = &e->m->c;
	s = smprint("arch %s\nfile %s\ntokenizer %s\ndim %d\nhidden_dim %d\nn_layers %d\nn_heads %d\n"
		"n_kv_heads %d\nvocab_size %d\nseq_len %d\nquantized %s\nmemory %lld\n",
		c->arch->name, e->path, e->tokpath, c->dim, c->hidden, c->nlayers, c->nheads, c->nkvheads,
		c->vocab, c->seqlen, e->m->gs ? "Q8_0" : "no", entbytes(e));
	poolput(&pool, e);
	return s;
}

static void
readtext(Req *r, char *s)
{
	if(s == nil){
		responderror(r);
		return;
	}
	readstr(r, s);
	free(s);
	respond(r, nil);
}

static void
fsread(Req *r)
{
	Faux *a;
	char *s;

	if(r->fid->qid.type & QTAUTH){
		authread(r);
		return;
	}
	a = r->fid->aux;
	switch(a->type){
	case Qroot:
		if(r->ifcall.offset == 0){
			free(a->ids);
			a->ids = sessionids(r->fid->uid, &a->nids);
		}
		dirread9p(r, rootgen, a);
		respond(r, nil);
		return;
	case Qpool:
		dirread9p(r, poolgen, a);
		respond(r, nil);
		return;
	case Qsess:
		dirread9p(r, sessgen, a);
		respond(r, nil);
		return;
	case Qctl:
		readtext(r, serverstatus());
		return;
	case Qmodel:
		readtext(r, modelinfo());
		return;
	case Qclone:
		readtext(r, smprint("%lud\n", a->s->id));
		return;
	case Qpcount:
		readtext(r, smprint("%d\n", poolcount(&pool)));
		return;
	case Qpmemory:
		readtext(r, smprint("%lld\n", poolbytes(&pool) + sessbytes()));
		return;
	case Qplist:
		readtext(r, poollist(&pool));
		return;
	case Qsctl:
		readtext(r, sesssettings(a->s));
		return;
	case Qsmodel:
		qlock(&a->s->lk);
		s = smprint("%s\n", a->s->model ? a->s->model : "(default)");
		qunlock(&a->s->lk);
		readtext(r, s);
		return;
	case Qsstatus:
		readtext(r, sessstatus(a->s));
		return;
	case Qssystem:
		readtext(r, sesssys(a->s));
		return;
	case Qsoutput:
	case Qsstream:
		sessread(a->s, a->type, r);
		return;
	}
	respond(r, "bad file");
}

/* a load runs in its own proc and answers the write when done */
typedef struct Load Load;
struct Load {
	Req	*r;
	char	*f[4];
	int	nf;
	char	*uid;		/* the loader's: r goes if it is flushed */
	Load	*next;
};

static QLock	loadlk;
static Load	*loads;		/* loads under way, for flush */

static void
loadproc(void *v)
{
	Load *l, **ll;
	Req *r;
	char *name, err[ERRMAX];
	int rc;

	l = v;
	threadsetname("load");
	name = l->nf == 3 ? "(default)" : l->f[1];
	rc = poolload(&pool, name, l->f[l->nf-2], l->f[l->nf-1], l->uid);
	if(rc < 0)
		rerrstr(err, sizeof err);
	qlock(&loadlk);
	for(ll = &loads; *ll != nil; ll = &(*ll)->next)
		if(*ll == l){
			*ll = l->next;
			break;
		}
	r = l->r;	/* nil when flushed */
	qunlock(&loadlk);
	if(r != nil){
		r->ofcall.count = r->ifcall.count;
		respond(r, rc < 0 ? err : nil);
	}
	free(l->f[0]);
	free(l);
}

/*
 * a model path named by uid: the owner's as given; another's only
 * inside modeldir, as a name relative to it; nil if refused
 */
static char*
confine(char *uid, char *path)
{
	char *p;
	int n;

	if(strcmp(uid, owner) == 0)
		return estrdup9p(path);
	if(modeldir == nil || path[0] == '/')
		return nil;
	p = cleanname(smprint("%s/%s", modeldir, path));
	n = strlen(modeldir);
	if(strncmp(p, modeldir, n) != 0 || p[n] != '/'){
		free(p);
		return nil;
	}
	return p;
}

static char*
srvctl(Req *r, char **f, int nf)
{
	Load *l;
	char *e, *m, *t;
	int i;

	if(nf == 0)
		return "bad command";
	if((strcmp(f[0], "load") == 0 && nf == 3) || (strcmp(f[0], "pool-load") == 0 && nf == 4)){
		/* the default model is everyone's: only the owner replaces it; others load from modeldir */
		if((nf == 3 || strcmp(f[1], "(default)") == 0) && strcmp(r->fid->uid, owner) != 0)
			return "permission denied";
		m = confine(r->fid->uid, f[nf-2]);
		t = confine(r->fid->uid, f[nf-1]);
		if(m == nil || t == nil){
			free(m);
			free(t);
			return "permission denied";
		}
		f[nf-2] = m;
		f[nf-1] = t;
		l = emalloc9p(sizeof *l);
		l->r = r;
		l->nf = nf;
		e = emalloc9p(strlen(f[0]) + strlen(f[1]) + strlen(m) + strlen(t) + strlen(r->fid->uid) + 5);
		l->f[0] = e;
		for(i = 1; i < nf; i++){
			strcpy(e, f[i]);
			l->f[i] = e;
			e += strlen(e) + 1;
		}
		l->uid = strcpy(e, r->fid->uid);
		free(m);
		free(t);
		qlock(&loadlk);
		l->next = loads;
		loads = l;
		qunlock(&loadlk);
		if(proccreate(loadproc, l, 64*1024) < 0){
			qlock(&loadlk);
			loads = l->next;
			qunlock(&loadlk);
			free(l->f[0]);
			free(l);
			return "cannot start a proc";
		}
		return "";	/* answered by loadproc */
	}
	return "bad command";
}

/* the pool commands that answer at once, the owner's; -1 with errstr set on failure, 1 if not one of them */
static int
poolctl(char *uid, char **f, int nf)
{
	vlong n, b;

	if((strcmp(f[0], "unload") == 0 && nf == 1) || (strcmp(f[0], "pool-unload") == 0 && nf == 2)
	|| (strcmp(f[0], "pool-limit") == 0 && nf == 3)){
		if(strcmp(uid, owner) != 0){
			werrstr("permission denied");
			return -1;
		}
	}else
		return 1;
	if(nf == 1)
		return poolunload(&pool, "(default)");
	if(nf == 2)
		return poolunload(&pool, f[1]);
	if(intarg(f[1], 0, 1<<20, &n) != nil || intarg(f[2], 0, 1LL<<50, &b) != nil){
		werrstr("bad pool limit");
		return -1;
	}
	return poollimit(&pool, n, b);
}

static void
fswrite(Req *r)
{
	Faux *a;
	Cmdbuf *cb;
	char *err, buf[ERRMAX];
	int dyn;

	if(r->fid->qid.type & QTAUTH){
		authwrite(r);
		return;
	}
	a = r->fid->aux;
	r->ofcall.count = r->ifcall.count;
	if(a->type == Qsprompt){
		respond(r, sessprompt(a->s, r->ifcall.offset, r->ifcall.data, r->ifcall.count));
		return;
	}
	if(a->type == Qssystem){
		respond(r, sesssystem(a->s, r->ifcall.offset, r->ifcall.data, r->ifcall.count));
		return;
	}
	if(a->type == Qschat){	/* a turn is one write */
		if(sesschat(a->s, r->ifcall.data, r->ifcall.count) < 0)
			responderror(r);
		else
			respond(r, nil);
		return;
	}
	/* a command must fit one write */
	if(r->ifcall.offset != 0 && a->type != Qsmodel){
		respond(r, "command must be one write");
		return;
	}
	/* parsecmd's strings end at a NUL: what follows one would go unseen */
	if(memchr(r->ifcall.data, 0, r->ifcall.count) != nil){
		respond(r, "bad command");
		return;
	}
	cb = parsecmd(r->ifcall.data, r->ifcall.count);
	err = nil;
	dyn = 0;
	switch(a->type){
	case Qctl:
		switch(cb->nf > 0 ? poolctl(r->fid->uid, cb->f, cb->nf) : 1){
		case -1:
			rerrstr(buf, sizeof buf);
			err = buf;
			break;
		case 1:
			err = srvctl(r, cb->f, cb->nf);
			if(err != nil && *err == 0){	/* a load answers later */
				free(cb);
				return;
			}
		}
		break;
	case Qsctl:
		err = sessctl(a->s, cb->f, cb->nf, buf);
		break;
	case Qsmodel:
		err = cb->nf == 1 ? sessmodel(a->s, cb->f[0]) : "bad model name";
		dyn = err != nil && cb->nf == 1;
		break;
	default:
		err = "permission denied";
	}
	free(cb);
	if(err != nil && strlen(err) >= ERRMAX){
		/* as long as an error string may be (a model name is the writer's): an Rerror must fit msize */
		utfecpy(buf, buf + sizeof buf, err);
		if(dyn)
			free(err);
		err = buf;
		dyn = 0;
	}
	respond(r, err);
	if(dyn)
		free(err);
}

static void
fsstat(Req *r)
{
	Faux *a;

	if(r->fid->qid.type & QTAUTH){	/* its aux is auth9p's */
		respond(r, "stat prohibited");
		return;
	}
	a = r->fid->aux;
	fillstat(&r->d, a->type, a->s, a->s ? a->s->id : 0);
	respond(r, nil);
}

/*
 * a wstat that changes nothing, or only truncates a file its user may
 * write (as 9pfuse and v9fs truncate for a shell's >), is a no-op or a
 * truncating open; anything else is refused
 */
static void
fswstat(Req *r)
{
	Faux *a;
	Dir *d;

	if(r->fid->qid.type & QTAUTH){	/* its aux is auth9p's */
		respond(r, "wstat prohibited");
		return;
	}
	a = r->fid->aux;
	d = &r->d;
	if(d->name[0] != 0 || d->uid[0] != 0 || d->gid[0] != 0 || d->muid[0] != 0
	|| d->mode != ~0 || d->atime != ~0 || d->mtime != ~0
	|| (d->length != ~0LL && (d->length != 0 || !allowed(a, r->fid->uid, OWRITE)))){
		respond(r, "wstat prohibited");
		return;
	}
	if(d->length == 0 && a->type == Qsprompt)
		sessprompt(a->s, 0, "", 0);
	if(d->length == 0 && a->type == Qssystem)
		sesssystem(a->s, 0, "", 0);
	respond(r, nil);
}

/* a connection has ended: its sessions go once nothing names them */
static void
fsend(Srv *srv)
{
	replyend(srv);
	sessconnend(srv);
}

static void
fsflush(Req *r)
{
	Load *l;
	Req *old;

	old = r->oldreq;
	if(!unpark(old)){
		qlock(&loadlk);
		for(l = loads; l != nil && l->r != old; l = l->next)
			;
		if(l != nil)
			l->r = nil;
		qunlock(&loadlk);
		if(l != nil)
			respond(old, "interrupted");
	}
	respond(r, nil);
}

static Srv fs = {
	.attach=	fsattach,
	.walk1=		fswalk1,
	.clone=		fsclone,
	.open=		fsopen,
	.read=		fsread,
	.write=		fswrite,
	.stat=		fsstat,
	.wstat=		fswstat,
	.flush=		fsflush,
	.destroyfid=	fsdestroyfid,
	.start=		replystart,
	.end=		fsend,
};

/* the machine's memory in bytes, from /dev/swap's first line ("N memory"); 0 if unknown */
static vlong
machmem(void)
{
	char buf[64], *e;
	vlong n;
	int fd, k;

	if((fd = open("/dev/swap", OREAD)) < 0)
		return 0;
	k = read(fd, buf, sizeof buf - 1);
	close(fd);
	if(k <= 0)
		return 0;
	buf[k] = 0;
	n = strtoll(buf, &e, 10);
	return strncmp(e, " memory", 7) == 0 && n > 0 ? n : 0;
}

static void
usage(void)
{
	fprint(2, "usage: %s [-DPt] [-d modeldir] [-p procs] [-s srvname] [-m mtpt] [-a announce-address]\n", argv0);
	threadexitsall("usage");
}

void
threadmain(int argc, char *argv[])
{
	char *srvname, *mtpt, *addr, *a, *e;
	int trusted, procs;
	vlong n;

	ieeefp();
	procs = 0;
	srvname = "llm";
	mtpt = "/mnt/llm";
	addr = nil;
	trusted = 0;
	ARGBEGIN{
	case 'D': chatty9p++; break;
	case 't': trusted = 1; break;
	case 'd': modeldir = cleanname(estrdup9p(EARGF(usage()))); break;
	case 's': srvname = EARGF(usage()); break;
	case 'm': mtpt = EARGF(usage()); break;
	case 'a': addr = EARGF(usage()); break;
	case 'p':
		a = EARGF(usage());
		if((e = intarg(a, 0, 64, &n)) != nil)
			sysfatal("-p %s: %s", a, e);
		procs = n;
		break;
	case 'P': usesimd = 0; break;
	default: usage();
	}ARGEND
	if(argc != 0)
		usage();
	owner = getuser();
	boottime = time(nil);
	poolinit(&pool);
	pool.owner = owner;
	pool.maxbytes = machmem() / 2;	/* by default the models may take half the machine; pool-limit changes it */
	threadsinit(procs);
	if(sessinit() < 0)
		sysfatal("sessinit: %r");
	if(addr != nil)
		announcefs(&fs, addr, trusted);
	threadpostmountsrv(&fs, srvname, mtpt, MREPL|MCREATE);
	threadexits(nil);
}
