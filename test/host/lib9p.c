/*
 * lib9p for the host: one service loop per connection, walks through
 * walk1/clone, fids referenced by the requests that use them, respond
 * callable from any proc, flush, dirread9p; posting on a Unix-domain
 * socket in the namespace directory ($NAMESPACE, or /tmp/ns.$USER),
 * and listening on tcp!host!port. Mount points cannot be mounted on
 * Linux and are ignored.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <netdb.h>
#include <sys/stat.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <u.h>
#include <libc.h>
#include <thread.h>
#include <fcall.h>
#include <9p.h>

/* Plan 9 names throughout (no host.h): the Srv members are open, read, ... */
void	oserror(char*);

int chatty9p;

enum {
	Nhash = 64,
	Maxmsize = 1024*1024,
};

typedef struct Entry Entry;
struct Entry {
	ulong	key;
	void	*val;
	Entry	*next;
};

struct Fidpool {
	QLock	lk;
	Entry	*hash[Nhash];
	Srv	*srv;
};

struct Reqpool {
	QLock	lk;
	Entry	*hash[Nhash];
	Srv	*srv;
};

static void*
lookup(Entry **h, ulong key)
{
	Entry *e;

	for(e = h[key % Nhash]; e; e = e->next)
		if(e->key == key)
			return e->val;
	return nil;
}

static void
insert(Entry **h, ulong key, void *val)
{
	Entry *e;

	e = emalloc9p(sizeof *e);
	e->key = key;
	e->val = val;
	e->next = h[key % Nhash];
	h[key % Nhash] = e;
}

static void*
delete(Entry **h, ulong key)
{
	Entry **l, *e;
	void *v;

	for(l = &h[key % Nhash]; (e = *l) != nil; l = &e->next)
		if(e->key == key){
			*l = e->next;
			v = e->val;
			free(e);
			return v;
		}
	return nil;
}

void*
emalloc9p(ulong n)
{
	void *p;

	p = mallocz(n, 1);
	if(p == nil)
		sysfatal("out of memory allocating %lud", n);
	return p;
}

void*
erealloc9p(void *p, ulong n)
{
	p = realloc(p, n);
	if(p == nil)
		sysfatal("out of memory allocating %lud", n);
	return p;
}

char*
estrdup9p(char *s)
{
	char *t;

	t = emalloc9p(strlen(s)+1);
	strcpy(t, s);
	return t;
}

static void
closefid(Fid *f)
{
	Srv *s;

	if(f == nil || decref(&f->ref) > 0)
		return;
	s = f->pool->srv;
	if(s->destroyfid)
		s->destroyfid(f);
	free(f->uid);
	free(f);
}

static Fid*
allocfid(Fidpool *p, ulong fid)
{
	Fid *f;

	qlock(&p->lk);
	if(lookup(p->hash, fid) != nil){
		qunlock(&p->lk);
		return nil;
	}
	f = emalloc9p(sizeof *f);
	f->fid = fid;
	f->omode = -1;
	f->pool = p;
	f->ref.ref = 2;		/* the pool's and the caller's */
	insert(p->hash, fid, f);
	qunlock(&p->lk);
	return f;
}

static Fid*
getfid(Fidpool *p, ulong fid)
{
	Fid *f;

	qlock(&p->lk);
	f = lookup(p->hash, fid);
	if(f)
		incref(&f->ref);
	qunlock(&p->lk);
	return f;
}

static void
removefid(Fidpool *p, ulong fid)
{
	Fid *f;

	qlock(&p->lk);
	f = delete(p->hash, fid);
	qunlock(&p->lk);
	closefid(f);
}

static void
srvclose(Srv *s)
{
	if(decref(&s->sref) > 0)
		return;
	close(s->infd);
	if(s->outfd != s->infd)
		close(s->outfd);
	free(s->rbuf);
	free(s->wbuf);
	free(s->fpool);
	free(s->rpool);
	free(s);
}

static char*
fcallname(int t)
{
	static char *names[] = {"Tversion", "Rversion", "Tauth", "Rauth", "Tattach", "Rattach",
		"Terror", "Rerror", "Tflush", "Rflush", "Twalk", "Rwalk", "Topen", "Ropen",
		"Tcreate", "Rcreate", "Tread", "Rread", "Twrite", "Rwrite", "Tclunk", "Rclunk",
		"Tremove", "Rremove", "Tstat", "Rstat", "Twstat", "Rwstat"};

	if(t >= Tversion && t < Tmax)
		return names[t - Tversion];
	return "T?";
}

void
respond(Req *r, char *error)
{
	Srv *s;
	uchar *statbuf;
	uint n;
	int i;
	Fcall *o;

	s = r->srv;
	if(r->responded)
		sysfatal("lib9p: respond twice to tag %lud", r->tag);
	r->responded = 1;
	o = &r->ofcall;
	o->tag = r->ifcall.tag;
	o->type = r->ifcall.type + 1;
	statbuf = nil;
	if(error == nil && r->ifcall.type == Tstat){
		statbuf = emalloc9p(STATMAX);
		n = convD2M(&r->d, statbuf, STATMAX);
		o->stat = statbuf;
		o->nstat = n;
	}
	if(r->ifcall.type == Tstat){	/* a wstat's strings are in its message */
		free(r->d.name);
		free(r->d.uid);
		free(r->d.gid);
		free(r->d.muid);
	}
	memset(&r->d, 0, sizeof r->d);
	switch(r->ifcall.type){
	case Tattach:
		if(error == nil)
			r->fid->qid = o->qid;
		else
			removefid(s->fpool, r->ifcall.fid);
		break;
	case Twalk:
		if(r->newfid != nil && r->ifcall.newfid != r->ifcall.fid
		&& (error != nil || o->nwqid < r->ifcall.nwname))
			removefid(s->fpool, r->ifcall.newfid);
		break;
	case Topen:
		if(error == nil){
			r->fid->omode = r->ifcall.mode;
			r->fid->qid = o->qid;
			if(o->iounit == 0)
				o->iounit = s->msize - IOHDRSZ;
		}
		break;
	}
	if(error != nil){
		o->type = Rerror;
		o->ename = error;
	}
	qlock(&s->wlock);
	n = convS2M(o, s->wbuf, s->msize);
	if(chatty9p)
		fprint(2, "<-%d- %s tag %ud %s\n", s->infd, fcallname(o->type), o->tag, error ? error : "");
	if(n > 0 && write(s->outfd, s->wbuf, n) != (long)n && chatty9p)
		fprint(2, "lib9p: write: %r\n");
	qunlock(&s->wlock);

	qlock(&s->rpool->lk);
	if(lookup(s->rpool->hash, r->tag) == r)
		delete(s->rpool->hash, r->tag);
	qunlock(&s->rpool->lk);
	for(i = 0; i < r->nflush; i++)
		respond(r->flush[i], nil);
	free(r->flush);
	if(s->destroyreq)
		s->destroyreq(r);
	closefid(r->fid);
	closefid(r->newfid);
	free(statbuf);
	free(r->buf);
	free(r->rbuf);
	free(r);
	srvclose(s);
}

void
responderror(Req *r)
{
	char err[ERRMAX];

	rerrstr(err, sizeof err);
	respond(r, err);
}

void
readbuf(Req *r, void *buf, long n)
{
	r->ofcall.count = r->ifcall.count;
	if(r->ifcall.offset >= n){
		r->ofcall.count = 0;
		return;
	}
	if(r->ifcall.offset + r->ofcall.count > n)
		r->ofcall.count = n - r->ifcall.offset;
	memmove(r->ofcall.data, (char*)buf + r->ifcall.offset, r->ofcall.count);
}

void
readstr(Req *r, char *s)
{
	readbuf(r, s, strlen(s));
}

/* directory entries from gen, continuing from where the last read of this fid stopped */
void
dirread9p(Req *r, Dirgen *gen, void *aux)
{
	Dir d;
	uchar *p, *e;
	uint n;
	int i;

	if(r->ifcall.offset == 0)
		r->fid->dirindex = 0;
	p = (uchar*)r->ofcall.data;
	e = p + r->ifcall.count;
	for(i = r->fid->dirindex; ; i++){
		memset(&d, 0, sizeof d);
		if(gen(i, &d, aux) < 0)
			break;
		n = convD2M(&d, p, e - p);
		free(d.name);
		free(d.uid);
		free(d.gid);
		free(d.muid);
		if(n <= BIT16SZ)
			break;
		p += n;
	}
	r->fid->dirindex = i;
	r->ofcall.count = p - (uchar*)r->ofcall.data;
	r->fid->diroffset = r->ifcall.offset + r->ofcall.count;
}

/* the walk of a fid, or of its clone into newfid, one element at a time */
static void
swalk(Srv *s, Req *r)
{
	Fid tmp, *f;
	char *err;
	int i;

	if(r->ifcall.newfid != r->ifcall.fid){
		r->newfid = allocfid(s->fpool, r->ifcall.newfid);
		if(r->newfid == nil){
			respond(r, "duplicate fid");
			return;
		}
		f = r->newfid;
		f->qid = r->fid->qid;
		f->uid = estrdup9p(r->fid->uid);
		if(s->clone && (err = s->clone(r->fid, f)) != nil){
			respond(r, err);
			return;
		}
	}else{
		/* walk a copy, so that a failed walk leaves the fid as it was */
		tmp = *r->fid;
		tmp.aux = nil;
		if(s->clone && (err = s->clone(r->fid, &tmp)) != nil){
			respond(r, err);
			return;
		}
		f = &tmp;
	}
	err = nil;
	for(i = 0; i < r->ifcall.nwname; i++){
		if(!(f->qid.type & QTDIR)){
			err = "not a directory";
			break;
		}
		err = s->walk1(f, r->ifcall.wname[i], &r->ofcall.wqid[i]);
		if(err != nil)
			break;
		f->qid = r->ofcall.wqid[i];
	}
	r->ofcall.nwqid = i;
	if(f == &tmp){
		if(i == r->ifcall.nwname){
			void *old;

			old = r->fid->aux;
			r->fid->aux = tmp.aux;
			r->fid->qid = tmp.qid;
			tmp.aux = old;
		}
		if(s->destroyfid){
			tmp.aux = tmp.aux;
			s->destroyfid(&tmp);
		}
	}
	if(i == 0 && r->ifcall.nwname > 0){
		respond(r, err);
		return;
	}
	respond(r, nil);
}

static int
canopen(Fid *f, int mode)
{
	if(f->qid.type & QTDIR)
		return (mode & OMASK) == OREAD && !(mode & OTRUNC);
	return 1;
}

static void
dispatch(Srv *s, Req *r)
{
	Fcall *i;
	Req *old;

	i = &r->ifcall;
	r->ofcall.data = nil;
	switch(i->type){
	case Tversion:
		/* handled in srv */
		return;
	case Tauth:
		if(s->auth)
			s->auth(r);
		else
			respond(r, "authentication not required");
		return;
	case Tattach:
		r->newfid = nil;
		r->fid = allocfid(s->fpool, i->fid);
		if(r->fid == nil){
			respond(r, "duplicate fid");
			return;
		}
		r->fid->uid = estrdup9p(i->uname);
		if(s->attach)
			s->attach(r);
		else
			respond(r, nil);
		return;
	case Tflush:
		qlock(&s->rpool->lk);
		old = lookup(s->rpool->hash, i->oldtag);
		if(old == r)
			old = nil;
		if(old != nil && s->flush == nil){
			old->flush = erealloc9p(old->flush, (old->nflush+1)*sizeof(Req*));
			old->flush[old->nflush++] = r;
			qunlock(&s->rpool->lk);
			return;
		}
		qunlock(&s->rpool->lk);
		r->oldreq = old;
		if(old == nil)
			respond(r, nil);
		else
			s->flush(r);
		return;
	}
	if(i->type < Twalk || i->type >= Tmax || (i->type & 1)){
		respond(r, "unknown message");
		return;
	}
	r->fid = getfid(s->fpool, i->fid);
	if(r->fid == nil){
		respond(r, "unknown fid");
		return;
	}
	switch(i->type){
	case Twalk:
		if(r->fid->omode != -1){
			respond(r, "cannot clone open fid");
			return;
		}
		if(s->walk)
			s->walk(r);
		else if(s->walk1)
			swalk(s, r);
		else
			respond(r, "no walk function");
		return;
	case Topen:
		if(r->fid->omode != -1){
			respond(r, "fid already open");
			return;
		}
		if(!canopen(r->fid, i->mode)){
			respond(r, "is a directory");
			return;
		}
		r->ofcall.qid = r->fid->qid;
		if(s->open)
			s->open(r);
		else
			respond(r, nil);
		return;
	case Tcreate:
		if(s->create)
			s->create(r);
		else
			respond(r, "create prohibited");
		return;
	case Tread:
		if(r->fid->omode == -1 || (r->fid->omode & OMASK) == OWRITE){
			respond(r, "fid not open for reading");
			return;
		}
		if(i->count > s->msize - IOHDRSZ)
			i->count = s->msize - IOHDRSZ;
		r->rbuf = emalloc9p(i->count + 1);
		r->ofcall.data = r->rbuf;
		if(s->read)
			s->read(r);
		else
			respond(r, "no read function");
		return;
	case Twrite:
		if(r->fid->omode == -1 || (r->fid->omode & OMASK) == OREAD || (r->fid->omode & OMASK) == OEXEC){
			respond(r, "fid not open for writing");
			return;
		}
		if(s->write)
			s->write(r);
		else
			respond(r, "no write function");
		return;
	case Tclunk:
		removefid(s->fpool, i->fid);
		respond(r, nil);
		return;
	case Tremove:
		removefid(s->fpool, i->fid);
		if(s->remove)
			s->remove(r);
		else
			respond(r, "remove prohibited");
		return;
	case Tstat:
		if(s->stat)
			s->stat(r);
		else
			respond(r, "no stat function");
		return;
	case Twstat:
		if(s->wstat && convM2D(i->stat, i->nstat, &r->d, (char*)i->stat) != i->nstat)
			respond(r, "bad directory in wstat");
		else if(s->wstat)
			s->wstat(r);
		else
			respond(r, "wstat prohibited");
		return;
	}
}

/* Tversion: negotiate msize; every fid of the connection is clunked */
static void
version(Srv *s, Req *r)
{
	Entry *e;
	int h;
	Fid *f;
	u32int msize;

	for(;;){
		f = nil;
		qlock(&s->fpool->lk);
		for(h = 0; h < Nhash && f == nil; h++)
			if((e = s->fpool->hash[h]) != nil)
				f = lookup(s->fpool->hash, e->key);
		qunlock(&s->fpool->lk);
		if(f == nil)
			break;
		removefid(s->fpool, f->fid);
	}
	if(strncmp(r->ifcall.version, "9P", 2) != 0){
		r->ofcall.version = "unknown";
		r->ofcall.msize = 256;
		respond(r, nil);
		return;
	}
	if(r->ifcall.msize < 256){
		respond(r, "version: message size too small");
		return;
	}
	r->ofcall.version = "9P2000";
	msize = r->ofcall.msize = r->ifcall.msize < Maxmsize ? r->ifcall.msize : Maxmsize;
	respond(r, nil);	/* r is gone after this */
	/* the buffers follow the new size; the loop's own buffer is only read there */
	qlock(&s->wlock);
	s->msize = msize;
	s->wbuf = erealloc9p(s->wbuf, s->msize);
	s->rbuf = erealloc9p(s->rbuf, s->msize);
	qunlock(&s->wlock);
}

void
srv(Srv *s)
{
	Req *r;
	long n;

	s->msize = 8192 + IOHDRSZ;	/* until Tversion */
	s->rbuf = emalloc9p(s->msize);
	s->wbuf = emalloc9p(s->msize);
	s->fpool = emalloc9p(sizeof(Fidpool));
	s->fpool->srv = s;
	s->rpool = emalloc9p(sizeof(Reqpool));
	s->rpool->srv = s;
	s->sref.ref = 1;
	while((n = read9pmsg(s->infd, s->rbuf, s->msize)) > 0){
		r = emalloc9p(sizeof *r);
		r->srv = s;
		r->buf = emalloc9p(n);
		memmove(r->buf, s->rbuf, n);
		r->tag = GBIT16(r->buf + 5);
		incref(&s->sref);
		if(convM2S(r->buf, n, &r->ifcall) != (uint)n){
			r->ifcall.tag = r->tag;
			r->ifcall.type = Terror;	/* answered with Rerror */
			respond(r, "bad 9P message");
			continue;
		}
		if(chatty9p)
			fprint(2, "-%d-> %s tag %ud fid %ud\n", s->infd, fcallname(r->ifcall.type), r->ifcall.tag, r->ifcall.fid);
		qlock(&s->rpool->lk);
		if(lookup(s->rpool->hash, r->tag) != nil){
			qunlock(&s->rpool->lk);
			respond(r, "duplicate tag");
			continue;
		}
		insert(s->rpool->hash, r->tag, r);
		qunlock(&s->rpool->lk);
		if(r->ifcall.type == Tversion)
			version(s, r);
		else
			dispatch(s, r);
	}
	/* the connection is gone: clunk every fid; requests still parked keep the Srv alive */
	r = emalloc9p(sizeof *r);
	r->ifcall.msize = s->msize;
	r->ifcall.version = "9P2000";
	r->ifcall.type = Tversion;
	r->srv = s;
	incref(&s->sref);
	s->outfd = -1;
	version(s, r);
	if(s->end)
		s->end(s);
	srvclose(s);
}

static void
srvproc(void *v)
{
	threadsetname("srv");
	srv(v);
}

/* a copy of s for a new connection on fd */
static void
newconn(Srv *s, int fd)
{
	Srv *c;

	c = emalloc9p(sizeof *c);
	*c = *s;
	memset(&c->rlock, 0, sizeof c->rlock);
	memset(&c->wlock, 0, sizeof c->wlock);
	memset(&c->slock, 0, sizeof c->slock);
	c->infd = c->outfd = fd;
	if(proccreate(srvproc, c, 256*1024) < 0)
		close(fd);
}

typedef struct Listener Listener;
struct Listener {
	Srv	*srv;
	int	fd;
};

static void
acceptproc(void *v)
{
	Listener *l;
	int fd;

	l = v;
	threadsetname("listen");
	for(;;){
		fd = accept(l->fd, nil, nil);
		if(fd < 0){
			if(errno == EINTR)
				continue;
			break;
		}
		if(chatty9p)
			fprint(2, "lib9p: new connection %d\n", fd);
		newconn(l->srv, fd);
	}
	close(l->fd);
	free(l);
}

static void
listenon(Srv *s, int fd)
{
	Listener *l;

	l = emalloc9p(sizeof *l);
	l->srv = emalloc9p(sizeof(Srv));
	*l->srv = *s;
	l->fd = fd;
	if(listen(fd, 64) < 0 || proccreate(acceptproc, l, 64*1024) < 0)
		sysfatal("listen: %s", strerror(errno));
}

static char*
nsdir(void)
{
	static char dir[80];
	char *ns, *user;


	ns = getenv("NAMESPACE");
	if(ns != nil)
		snprintf(dir, sizeof dir, "%s", ns);
	else{
		user = getuser();
		snprintf(dir, sizeof dir, "/tmp/ns.%s", user);
	}
	free(ns);
	mkdir(dir, 0700);
	return dir;
}

/* /srv/name becomes a Unix-domain socket in the namespace directory; mtpt is not mounted */
void
postmountsrv(Srv *s, char *name, char *mtpt, int flag)
{
	struct sockaddr_un sa;
	int fd;

	(void)mtpt;
	(void)flag;
	if(name == nil)
		return;
	memset(&sa, 0, sizeof sa);
	sa.sun_family = AF_UNIX;
	snprintf(sa.sun_path, sizeof sa.sun_path, "%s/%s", nsdir(), name);
	unlink(sa.sun_path);
	fd = socket(AF_UNIX, SOCK_STREAM, 0);
	if(fd < 0 || bind(fd, (struct sockaddr*)&sa, sizeof sa) < 0)
		sysfatal("post %s: %s", sa.sun_path, strerror(errno));
	listenon(s, fd);
}

void
threadpostmountsrv(Srv *s, char *name, char *mtpt, int flag)
{
	postmountsrv(s, name, mtpt, flag);
}

/* addr is tcp!host!port; host * means every address */
void
listensrv(Srv *s, char *addr)
{
	struct addrinfo hints, *ai;
	char *a, *f[4];
	int fd, one;

	a = estrdup9p(addr);
	if(getfields(a, f, 4, 0, "!") != 3 || strcmp(f[0], "tcp") != 0)
		sysfatal("listensrv: bad address %s", addr);
	memset(&hints, 0, sizeof hints);
	hints.ai_family = AF_INET;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_PASSIVE;
	if(getaddrinfo(strcmp(f[1], "*") == 0 ? NULL : f[1], f[2], &hints, &ai) != 0)
		sysfatal("listensrv: cannot resolve %s", addr);
	fd = socket(ai->ai_family, ai->ai_socktype, 0);
	one = 1;
	setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	if(fd < 0 || bind(fd, ai->ai_addr, ai->ai_addrlen) < 0)
		sysfatal("listensrv %s: %s", addr, strerror(errno));
	freeaddrinfo(ai);
	free(a);
	listenon(s, fd);
}

void
threadlistensrv(Srv *s, char *addr)
{
	listensrv(s, addr);
}

void
srvrelease(Srv *s)
{
	(void)s;
}

void
srvacquire(Srv *s)
{
	(void)s;
}

Cmdbuf*
parsecmd(char *p, int n)
{
	Cmdbuf *cb;
	int nf;
	char *sp;

	nf = 1;
	for(sp = p; sp < p+n; sp++)
		if(*sp == ' ' || *sp == '\t')
			nf++;
	cb = emalloc9p(sizeof *cb + nf*sizeof(char*) + n + 1);
	cb->f = (char**)(cb+1);
	cb->buf = (char*)(cb->f + nf);
	memmove(cb->buf, p, n);
	cb->buf[n] = 0;
	if(n > 0 && cb->buf[n-1] == '\n')
		cb->buf[n-1] = 0;
	cb->nf = tokenize(cb->buf, cb->f, nf);
	return cb;
}

void
respondcmderror(Req *r, Cmdbuf *cb, char *fmt, ...)
{
	va_list args;
	char err[ERRMAX], *e;
	int i;

	va_start(args, fmt);
	e = vseprint(err, err+sizeof err, fmt, args);
	va_end(args);
	e = seprint(e, err+sizeof err, ": '");
	for(i = 0; i < cb->nf; i++)
		e = seprint(e, err+sizeof err, i ? " %s" : "%s", cb->f[i]);
	seprint(e, err+sizeof err, "'");
	respond(r, err);
}

Cmdtab*
lookupcmd(Cmdbuf *cb, Cmdtab *ctab, int nctab)
{
	int i;

	if(cb->nf == 0){
		werrstr("empty control message");
		return nil;
	}
	for(i = 0; i < nctab; i++)
		if(strcmp(ctab[i].cmd, "*") == 0 || strcmp(ctab[i].cmd, cb->f[0]) == 0){
			if(ctab[i].narg != 0 && ctab[i].narg != cb->nf){
				werrstr("bad number of arguments");
				return nil;
			}
			return &ctab[i];
		}
	werrstr("unknown control message");
	return nil;
}

/* dial: tcp!host!port and unix!path */
int
dial(char *addr, char *local, char *dir, int *cfdp)
{
	struct addrinfo hints, *ai;
	struct sockaddr_un sa;
	char *a, *f[4];
	int fd, n;

	(void)local;
	(void)dir;
	if(cfdp)
		*cfdp = -1;
	a = estrdup9p(addr);
	n = getfields(a, f, 4, 0, "!");
	if(n == 2 && strcmp(f[0], "unix") == 0){
		memset(&sa, 0, sizeof sa);
		sa.sun_family = AF_UNIX;
		snprintf(sa.sun_path, sizeof sa.sun_path, "%s", f[1]);
		fd = socket(AF_UNIX, SOCK_STREAM, 0);
		if(fd >= 0 && connect(fd, (struct sockaddr*)&sa, sizeof sa) < 0){
			close(fd);
			fd = -1;
		}
	}else if(n == 3 && strcmp(f[0], "tcp") == 0){
		memset(&hints, 0, sizeof hints);
		hints.ai_family = AF_INET;
		hints.ai_socktype = SOCK_STREAM;
		fd = -1;
		if(getaddrinfo(f[1], f[2], &hints, &ai) == 0){
			fd = socket(ai->ai_family, ai->ai_socktype, 0);
			if(fd >= 0 && connect(fd, ai->ai_addr, ai->ai_addrlen) < 0){
				close(fd);
				fd = -1;
			}
			freeaddrinfo(ai);
		}
	}else{
		werrstr("bad dial address %s", addr);
		free(a);
		return -1;
	}
	free(a);
	if(fd < 0)
		oserror(nil);
	return fd;
}

int
hangup(int fd)
{
	return shutdown(fd, SHUT_RDWR);
}
