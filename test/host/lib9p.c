/*
 * lib9p for the host, doing what 9front's sys/src/lib9p does (srv.c,
 * fid.c, req.c, listen.c): the same checks in the same order with the
 * same error strings, Tversion without clunking fids, a message that
 * does not convert ending the connection unanswered, fids destroyed
 * when the connection is gone and its last request answered. Posting
 * is a Unix-domain socket in the namespace directory ($NAMESPACE, or
 * /tmp/ns.$USER) that takes any number of connections; mount points
 * cannot be mounted on Linux and are ignored. announce, listen and
 * accept (dial(2)) are here too, on sockets.
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
#include <u.h>
#include <libc.h>
#include <thread.h>
#include <fcall.h>
#include <9p.h>

/* Plan 9 names throughout (no host.h), but the socket calls are the system's */
#undef listen
#undef accept
void	oserror(char*);

int chatty9p;

static char Ebadoffset[] = "bad offset";
static char Ebotch[] = "9P protocol botch";
static char Ecreatenondir[] = "create in non-directory";
static char Edupfid[] = "duplicate fid";
static char Eduptag[] = "duplicate tag";
static char Eisdir[] = "is a directory";
static char Enocreate[] = "create prohibited";
static char Enoremove[] = "remove prohibited";
static char Enostat[] = "stat prohibited";
static char Enotfound[] = "file not found";
static char Enowrite[] = "write prohibited";
static char Enowstat[] = "wstat prohibited";
static char Eperm[] = "permission denied";
static char Eunknownfid[] = "unknown fid";
static char Ebaddir[] = "bad directory in wstat";
static char Ewalknodir[] = "walk in non-directory";
static char Emsize[] = "message size too small";

enum {
	Nhash = 128,
	Maxmsize = 1024*1024,
};

/* the maps of fids and tags; a lookup counts a reference, as intmap's inc does */
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

static Entry**
slot(Entry **h, ulong key)
{
	Entry **l;

	for(l = &h[key % Nhash]; *l != nil; l = &(*l)->next)
		if((*l)->key == key)
			break;
	return l;
}

static int
insert(Entry **h, ulong key, void *val)
{
	Entry *e;

	if(*slot(h, key) != nil)
		return 0;
	e = emalloc9p(sizeof *e);
	e->key = key;
	e->val = val;
	e->next = h[key % Nhash];
	h[key % Nhash] = e;
	return 1;
}

static void*
delete(Entry **h, ulong key)
{
	Entry **l, *e;
	void *v;

	l = slot(h, key);
	if((e = *l) == nil)
		return nil;
	*l = e->next;
	v = e->val;
	free(e);
	return v;
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

static Fid*
allocfid(Fidpool *p, ulong fid)
{
	Fid *f;

	f = emalloc9p(sizeof *f);
	f->fid = fid;
	f->omode = -1;
	f->pool = p;
	f->ref.ref = 2;		/* the pool's and the caller's */
	qlock(&p->lk);
	if(!insert(p->hash, fid, f)){
		qunlock(&p->lk);
		free(f);
		return nil;
	}
	qunlock(&p->lk);
	return f;
}

static Fid*
lookupfid(Fidpool *p, ulong fid)
{
	Entry *e;
	Fid *f;

	f = nil;
	qlock(&p->lk);
	if((e = *slot(p->hash, fid)) != nil){
		f = e->val;
		incref(&f->ref);
	}
	qunlock(&p->lk);
	return f;
}

/* out of the pool; the pool's reference becomes the caller's */
static Fid*
removefid(Fidpool *p, ulong fid)
{
	Fid *f;

	qlock(&p->lk);
	f = delete(p->hash, fid);
	qunlock(&p->lk);
	return f;
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

/* what is left when the connection is gone, as freefidpool does */
static void
freefidpool(Fidpool *p)
{
	Entry *e, *next;
	Fid *f;
	int h;

	for(h = 0; h < Nhash; h++)
		for(e = p->hash[h]; e != nil; e = next){
			next = e->next;
			f = e->val;
			if(p->srv->destroyfid)
				p->srv->destroyfid(f);
			free(f->uid);
			free(f);
			free(e);
		}
	free(p);
}

static Req*
allocreq(Reqpool *p, ulong tag)
{
	Req *r;

	r = emalloc9p(sizeof *r);
	r->tag = tag;
	r->pool = p;
	r->ref.ref = 2;
	qlock(&p->lk);
	if(!insert(p->hash, tag, r)){
		qunlock(&p->lk);
		free(r);
		return nil;
	}
	qunlock(&p->lk);
	return r;
}

static Req*
lookupreq(Reqpool *p, ulong tag)
{
	Entry *e;
	Req *r;

	r = nil;
	qlock(&p->lk);
	if((e = *slot(p->hash, tag)) != nil){
		r = e->val;
		incref(&r->ref);
	}
	qunlock(&p->lk);
	return r;
}

static Req*
removereq(Reqpool *p, ulong tag)
{
	Req *r;

	qlock(&p->lk);
	r = delete(p->hash, tag);
	qunlock(&p->lk);
	return r;
}

static void
closereq(Req *r)
{
	Srv *s;
	int i;

	if(r == nil || decref(&r->ref) > 0)
		return;
	closefid(r->fid);
	closefid(r->newfid);
	closefid(r->afid);
	closereq(r->oldreq);
	for(i = 0; i < r->nflush; i++)
		respond(r->flush[i], nil);
	free(r->flush);
	if(r->ifcall.type == Tstat){
		free(r->ofcall.stat);
		free(r->d.name);
		free(r->d.uid);
		free(r->d.gid);
		free(r->d.muid);
	}
	s = r->pool->srv;
	if(s->destroyreq)
		s->destroyreq(r);
	free(r->buf);
	free(r->rbuf);
	free(r);
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

static void
changemsize(Srv *s, uint msize)
{
	if(s->rbuf && s->wbuf && s->msize == msize)
		return;
	qlock(&s->rlock);
	qlock(&s->wlock);
	s->msize = msize;
	free(s->rbuf);
	free(s->wbuf);
	s->rbuf = emalloc9p(msize);
	s->wbuf = emalloc9p(msize);
	qunlock(&s->rlock);
	qunlock(&s->wlock);
}

/* the next request, or nil at the end: end of file, a bad length, or a message that does not convert */
static Req*
getreq(Srv *s)
{
	long n;
	uchar *buf;
	Fcall f;
	Req *r;

	qlock(&s->rlock);
	n = read9pmsg(s->infd, s->rbuf, s->msize);
	if(n <= 0){
		qunlock(&s->rlock);
		return nil;
	}
	buf = emalloc9p(n);
	memmove(buf, s->rbuf, n);
	qunlock(&s->rlock);
	if(convM2S(buf, n, &f) != (uint)n){
		free(buf);
		return nil;
	}
	if((r = allocreq(s->rpool, f.tag)) == nil){	/* a tag in use: a Req of its own, outside the pool */
		r = emalloc9p(sizeof *r);
		r->ref.ref = 1;
		r->tag = f.tag;
		r->ifcall = f;
		r->error = Eduptag;
		r->buf = buf;
		r->srv = s;
		return r;
	}
	r->srv = s;
	r->buf = buf;
	r->ifcall = f;
	r->type = f.type;
	if(chatty9p)
		fprint(2, "<-%d- %s tag %ud fid %ud\n", s->infd, fcallname(f.type), f.tag, f.fid);
	return r;
}

static void
sversion(Srv *s, Req *r)
{
	if(s->rref.ref != 1){
		respond(r, Ebotch);
		return;
	}
	if(strncmp(r->ifcall.version, "9P", 2) != 0){
		r->ofcall.version = "unknown";
		r->ofcall.msize = 256;
		respond(r, nil);
		return;
	}
	r->ofcall.version = "9P2000";
	if(r->ifcall.msize < 256){
		respond(r, Emsize);
		return;
	}
	r->ofcall.msize = r->ifcall.msize < Maxmsize ? r->ifcall.msize : Maxmsize;
	respond(r, nil);
}

static void
rversion(Req *r, char *error)
{
	if(error == nil)
		changemsize(r->srv, r->ofcall.msize);
}

static void
sauth(Srv *s, Req *r)
{
	char e[ERRMAX];

	if((r->afid = allocfid(s->fpool, r->ifcall.afid)) == nil){
		respond(r, Edupfid);
		return;
	}
	if(s->auth)
		s->auth(r);
	else{
		snprint(e, sizeof e, "%s: authentication not required", argv0);
		respond(r, e);
	}
}

static void
rauth(Req *r, char *error)
{
	if(r->afid == nil)
		return;
	if(error){
		closefid(removefid(r->srv->fpool, r->afid->fid));
		return;
	}
	if(r->afid->omode == -1)
		r->afid->omode = ORDWR;
}

static void
sattach(Srv *s, Req *r)
{
	if((r->fid = allocfid(s->fpool, r->ifcall.fid)) == nil){
		respond(r, Edupfid);
		return;
	}
	r->afid = nil;
	if(r->ifcall.afid != NOFID && (r->afid = lookupfid(s->fpool, r->ifcall.afid)) == nil){
		respond(r, Eunknownfid);
		return;
	}
	r->fid->uid = estrdup9p(r->ifcall.uname);
	if(s->attach)
		s->attach(r);
	else
		respond(r, nil);
}

static void
rattach(Req *r, char *error)
{
	if(error && r->fid)
		closefid(removefid(r->srv->fpool, r->fid->fid));
}

static void
sflush(Srv *s, Req *r)
{
	r->oldreq = lookupreq(s->rpool, r->ifcall.oldtag);
	if(r->oldreq == nil || r->oldreq == r)
		respond(r, nil);
	else if(s->flush)
		s->flush(r);
	else
		respond(r, nil);
}

/* -1: the Rflush waits until the old request is answered */
static int
rflush(Req *r)
{
	Req *or;

	or = r->oldreq;
	if(or){
		qlock(&or->lk);
		if(!or->responded){
			or->flush = erealloc9p(or->flush, (or->nflush+1)*sizeof(Req*));
			or->flush[or->nflush++] = r;
			qunlock(&or->lk);
			return -1;
		}
		qunlock(&or->lk);
		closereq(or);
	}
	r->oldreq = nil;
	return 0;
}

void
walkandclone(Req *r, char *(*walk1)(Fid*, char*, void*), char *(*clone)(Fid*, Fid*, void*), void *arg)
{
	char *e;
	int i;

	if(r->fid == r->newfid && r->ifcall.nwname > 1){
		respond(r, "lib9p: unused documented feature not implemented");
		return;
	}
	if(r->fid != r->newfid){
		r->newfid->qid = r->fid->qid;
		if(clone && (e = clone(r->fid, r->newfid, arg)) != nil){
			respond(r, e);
			return;
		}
	}
	e = nil;
	for(i = 0; i < r->ifcall.nwname; i++){
		if((e = walk1(r->newfid, r->ifcall.wname[i], arg)) != nil)
			break;
		r->ofcall.wqid[i] = r->newfid->qid;
	}
	r->ofcall.nwqid = i;
	if(e && i == 0)
		respond(r, e);
	else
		respond(r, nil);
}

static char*
oldwalk1(Fid *fid, char *name, void *arg)
{
	Srv *s;
	Qid qid;
	char *e;

	s = arg;
	if((e = s->walk1(fid, name, &qid)) != nil)
		return e;
	fid->qid = qid;
	return nil;
}

static char*
oldclone(Fid *fid, Fid *newfid, void *arg)
{
	Srv *s;

	s = arg;
	if(s->clone == nil)
		return nil;
	return s->clone(fid, newfid);
}

static void
swalk(Srv *s, Req *r)
{
	if((r->fid = lookupfid(s->fpool, r->ifcall.fid)) == nil){
		respond(r, Eunknownfid);
		return;
	}
	if(r->fid->omode != -1){
		respond(r, "cannot clone open fid");
		return;
	}
	if(r->ifcall.nwname && !(r->fid->qid.type & QTDIR)){
		respond(r, Ewalknodir);
		return;
	}
	if(r->ifcall.fid != r->ifcall.newfid){
		if((r->newfid = allocfid(s->fpool, r->ifcall.newfid)) == nil){
			respond(r, Edupfid);
			return;
		}
		r->newfid->uid = estrdup9p(r->fid->uid);
	}else{
		incref(&r->fid->ref);
		r->newfid = r->fid;
	}
	if(s->walk1)
		walkandclone(r, oldwalk1, oldclone, s);
	else if(s->walk)
		s->walk(r);
	else
		sysfatal("no walk function, no file trees");
}

static void
rwalk(Req *r, char *error)
{
	if(error || r->ofcall.nwqid < r->ifcall.nwname){
		if(r->ifcall.fid != r->ifcall.newfid && r->newfid)
			closefid(removefid(r->srv->fpool, r->newfid->fid));
		if(r->ofcall.nwqid == 0){
			if(error == nil && r->ifcall.nwname != 0)
				r->error = Enotfound;
		}else
			r->error = nil;		/* a partial walk is no error */
	}else if(r->ofcall.nwqid == 0)
		r->newfid->qid = r->fid->qid;
	else
		r->newfid->qid = r->ofcall.wqid[r->ofcall.nwqid-1];
}

static void
sopen(Srv *s, Req *r)
{
	int p;

	if((r->fid = lookupfid(s->fpool, r->ifcall.fid)) == nil){
		respond(r, Eunknownfid);
		return;
	}
	if(r->fid->omode != -1){
		respond(r, Ebotch);
		return;
	}
	if((r->fid->qid.type & QTDIR) && (r->ifcall.mode & ~ORCLOSE) != OREAD){
		respond(r, Eisdir);
		return;
	}
	r->ofcall.qid = r->fid->qid;
	switch(r->ifcall.mode & 3){
	default:
		respond(r, Ebotch);
		return;
	case OREAD:
		p = AREAD;
		break;
	case OWRITE:
		p = AWRITE;
		break;
	case ORDWR:
		p = AREAD|AWRITE;
		break;
	case OEXEC:
		p = AEXEC;
		break;
	}
	if(r->ifcall.mode & OTRUNC)
		p |= AWRITE;
	if((r->fid->qid.type & QTDIR) && p != AREAD){
		respond(r, Eperm);
		return;
	}
	if(s->open)
		s->open(r);
	else
		respond(r, nil);
}

static void
screate(Srv *s, Req *r)
{
	if((r->fid = lookupfid(s->fpool, r->ifcall.fid)) == nil)
		respond(r, Eunknownfid);
	else if(r->fid->omode != -1)
		respond(r, Ebotch);
	else if(!(r->fid->qid.type & QTDIR))
		respond(r, Ecreatenondir);
	else if(s->create)
		s->create(r);
	else
		respond(r, Enocreate);
}

/* Ropen and Rcreate: an iounit above the message size is brought down to it; none is made up */
static void
ropen(Req *r, char *error)
{
	uint iounit;

	if(error)
		return;
	iounit = r->srv->msize - IOHDRSZ;
	if(r->ofcall.iounit > iounit)
		r->ofcall.iounit = iounit;
	if(r->ofcall.qid.type & QTDIR)
		r->fid->diroffset = 0;
	r->fid->qid = r->ofcall.qid;
	r->fid->omode = r->ifcall.mode;
}

static void
sread(Srv *s, Req *r)
{
	int o;

	if((r->fid = lookupfid(s->fpool, r->ifcall.fid)) == nil){
		respond(r, Eunknownfid);
		return;
	}
	o = r->fid->omode;
	if(o == -1 || (o & 3) == OWRITE){
		respond(r, Ebotch);
		return;
	}
	if(r->ifcall.offset < 0
	|| ((r->fid->qid.type & QTDIR) && r->ifcall.offset != 0 && r->ifcall.offset != r->fid->diroffset)){
		respond(r, Ebadoffset);
		return;
	}
	if((int)r->ifcall.count < 0){
		respond(r, Ebotch);
		return;
	}
	if(r->ifcall.count > s->msize - IOHDRSZ)
		r->ifcall.count = s->msize - IOHDRSZ;
	r->rbuf = emalloc9p(r->ifcall.count);
	r->ofcall.data = r->rbuf;
	if(s->read)
		s->read(r);
	else
		respond(r, "no srv->read");
}

static void
rread(Req *r, char *error)
{
	if(error == nil && (r->fid->qid.type & QTDIR))
		r->fid->diroffset = r->ifcall.offset + r->ofcall.count;
}

static void
swrite(Srv *s, Req *r)
{
	int o;

	if((r->fid = lookupfid(s->fpool, r->ifcall.fid)) == nil){
		respond(r, Eunknownfid);
		return;
	}
	o = r->fid->omode;
	if(o == -1 || ((o & 3) != OWRITE && (o & 3) != ORDWR) || (r->fid->qid.type & QTDIR)
	|| r->ifcall.offset < 0 || (int)r->ifcall.count < 0){
		respond(r, Ebotch);
		return;
	}
	if(r->ifcall.count > s->msize - IOHDRSZ)
		r->ifcall.count = s->msize - IOHDRSZ;
	if(s->write)
		s->write(r);
	else
		respond(r, Enowrite);
}

static void
sclunk(Srv *s, Req *r)
{
	if((r->fid = removefid(s->fpool, r->ifcall.fid)) == nil)
		respond(r, Eunknownfid);
	else
		respond(r, nil);
}

/* the fid is clunked whatever the remove does */
static void
sremove(Srv *s, Req *r)
{
	if((r->fid = removefid(s->fpool, r->ifcall.fid)) == nil){
		respond(r, Eunknownfid);
		return;
	}
	if(s->remove)
		s->remove(r);
	else
		respond(r, Enoremove);
}

static void
sstat(Srv *s, Req *r)
{
	if((r->fid = lookupfid(s->fpool, r->ifcall.fid)) == nil){
		respond(r, Eunknownfid);
		return;
	}
	if(s->stat)
		s->stat(r);
	else
		respond(r, Enostat);
}

static void
rstat(Req *r, char *error)
{
	uchar *statbuf;
	int n;

	if(error)
		return;
	n = sizeD2M(&r->d);
	statbuf = emalloc9p(n);
	n = convD2M(&r->d, statbuf, n);
	if(n <= BIT16SZ || n > (int)r->srv->msize - (BIT32SZ+BIT8SZ+BIT16SZ+BIT16SZ)){
		r->error = Emsize;
		free(statbuf);
		return;
	}
	r->ofcall.nstat = n;
	r->ofcall.stat = statbuf;	/* freed in closereq */
}

static char*
wstatcheck(Dir *d, Qid *q)
{
	if(d->qid.path != ~0ULL && d->qid.path != q->path)
		return "wstat -- attempt to change qid.path";
	if(d->qid.vers != ~0U && d->qid.vers != q->vers)
		return "wstat -- attempt to change qid.vers";
	if(d->mode != ~0U){
		if(d->mode & ~(DMDIR|DMAPPEND|DMEXCL|DMTMP|0777))
			return "wstat -- unknown bits in mode";
		if(d->qid.type != (uchar)~0 && d->qid.type != ((d->mode>>24) & 0xFF))
			return "wstat -- qid.type/mode mismatch";
		if(((d->mode>>24) ^ q->type) & ~(QTAPPEND|QTEXCL|QTTMP))
			return "wstat -- attempt to change qid.type";
	}else if(d->qid.type != (uchar)~0 && d->qid.type != q->type)
		return "wstat -- attempt to change qid.type";
	return nil;
}

static void
swstat(Srv *s, Req *r)
{
	char *e;

	if((r->fid = lookupfid(s->fpool, r->ifcall.fid)) == nil){
		respond(r, Eunknownfid);
		return;
	}
	if(s->wstat == nil){
		respond(r, Enowstat);
		return;
	}
	if(convM2D(r->ifcall.stat, r->ifcall.nstat, &r->d, (char*)r->ifcall.stat) != r->ifcall.nstat){
		respond(r, Ebaddir);
		return;
	}
	if((e = wstatcheck(&r->d, &r->fid->qid)) != nil){
		respond(r, e);
		return;
	}
	s->wstat(r);
}

static void
srvclose(Srv *s)
{
	if(chatty9p)
		fprint(2, "srvclose\n");
	free(s->rbuf);
	s->rbuf = nil;
	free(s->wbuf);
	s->wbuf = nil;
	s->msize = 0;
	freefidpool(s->fpool);
	s->fpool = nil;
	free(s->rpool);
	s->rpool = nil;
	if(s->free)
		s->free(s);
}

void
respond(Req *r, char *error)
{
	Srv *s;
	long m, n;
	int i;

	s = r->srv;
	if(r->responded){
		fprint(2, "%s: respond twice to tag %lud\n", argv0, r->tag);
		abort();
	}
	r->error = error;
	switch(r->ifcall.type){
	case Tflush:
		/* 9front asserts error == nil here, and so dies on a Tflush with a tag in use */
		if(error == nil && rflush(r) < 0)
			return;
		break;
	case Tversion:	rversion(r, error); break;
	case Tauth:	rauth(r, error); break;
	case Tattach:	rattach(r, error); break;
	case Twalk:	rwalk(r, error); break;
	case Topen:
	case Tcreate:	ropen(r, error); break;
	case Tread:	rread(r, error); break;
	case Tstat:	rstat(r, error); break;
	}
	r->ofcall.tag = r->ifcall.tag;
	r->ofcall.type = r->ifcall.type + 1;
	if(r->error){
		r->ofcall.type = Rerror;
		r->ofcall.ename = r->error;
	}
	if(chatty9p)
		fprint(2, "-%d-> %s tag %ud %s\n", s->outfd, fcallname(r->ofcall.type), r->ofcall.tag,
			r->error ? r->error : "");
	qlock(&s->wlock);
	n = convS2M(&r->ofcall, s->wbuf, s->msize);
	if(n <= 0){
		fprint(2, "%s: msize = %ud n = %ld %s\n", argv0, s->msize, n, fcallname(r->ofcall.type));
		abort();
	}
	if(r->pool)	/* not a duplicate tag's */
		closereq(removereq(r->pool, r->ifcall.tag));
	m = write(s->outfd, s->wbuf, n);
	if(m != n)
		fprint(2, "%s: 9p write %ld returned %ld on fd %d: %r\n", argv0, n, m, s->outfd);
	qunlock(&s->wlock);

	qlock(&r->lk);		/* no flush is added after this */
	r->responded = 1;
	qunlock(&r->lk);
	for(i = 0; i < r->nflush; i++)
		respond(r->flush[i], nil);
	free(r->flush);
	r->flush = nil;
	r->nflush = 0;
	if(r->pool)
		closereq(r);
	else{
		free(r->buf);
		free(r);
	}
	decref(&s->rref);
	if(decref(&s->sref) == 0)
		srvclose(s);
}

void
responderror(Req *r)
{
	char err[ERRMAX];

	rerrstr(err, sizeof err);
	respond(r, err);
}

static void
srvwork(Srv *s)
{
	Req *r;

	while((r = getreq(s)) != nil){
		incref(&s->rref);
		incref(&s->sref);
		if(r->error){
			respond(r, r->error);
			continue;
		}
		switch(r->ifcall.type){
		default:	respond(r, "unknown message"); break;
		case Tversion:	sversion(s, r); break;
		case Tauth:	sauth(s, r); break;
		case Tattach:	sattach(s, r); break;
		case Tflush:	sflush(s, r); break;
		case Twalk:	swalk(s, r); break;
		case Topen:	sopen(s, r); break;
		case Tcreate:	screate(s, r); break;
		case Tread:	sread(s, r); break;
		case Twrite:	swrite(s, r); break;
		case Tclunk:	sclunk(s, r); break;
		case Tremove:	sremove(s, r); break;
		case Tstat:	sstat(s, r); break;
		case Twstat:	swstat(s, r); break;
		}
	}
	if(s->end)
		s->end(s);
	if(decref(&s->sref) == 0)
		srvclose(s);
}

/* returns when the connection ends; the Srv lives on until its last request is answered */
void
srv(Srv *s)
{
	s->sref.ref = 0;
	s->rref.ref = 0;
	if(s->fpool == nil)
		s->fpool = emalloc9p(sizeof(Fidpool));
	if(s->rpool == nil)
		s->rpool = emalloc9p(sizeof(Reqpool));
	if(s->msize == 0)
		s->msize = 8192 + IOHDRSZ;
	changemsize(s, s->msize);
	s->fpool->srv = s;
	s->rpool->srv = s;
	if(s->start)
		s->start(s);
	incref(&s->sref);
	srvwork(s);
}

void
srvrelease(Srv *s)
{
	USED(s);
}

void
srvacquire(Srv *s)
{
	USED(s);
}

/* directory entries from gen, going on from the index where the last read stopped */
void
dirread9p(Req *r, Dirgen *gen, void *aux)
{
	Dir d;
	uchar *p, *ep;
	uint n;
	int start;

	start = r->ifcall.offset == 0 ? 0 : r->fid->dirindex;
	p = (uchar*)r->ofcall.data;
	ep = p + r->ifcall.count;
	while(p < ep){
		memset(&d, 0, sizeof d);
		if(gen(start, &d, aux) < 0)
			break;
		n = convD2M(&d, p, ep - p);
		free(d.name);
		free(d.uid);
		free(d.gid);
		free(d.muid);
		if(n <= BIT16SZ)
			break;
		p += n;
		start++;
	}
	r->fid->dirindex = start;
	r->ofcall.count = p - (uchar*)r->ofcall.data;
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

/* announce, listen, accept: a listening socket is the ctl of the announced directory, a call's socket that of the call's */
static int
sockfd(char *dir)
{
	char *p;

	p = strrchr(dir, '/');
	return p != nil ? atoi(p+1) : -1;
}

int
announce(char *addr, char *dir)
{
	struct addrinfo hints, *ai;
	struct sockaddr_un sa;
	char *a, *f[4];
	int fd, n, one;

	a = estrdup9p(addr);
	n = getfields(a, f, 4, 0, "!");
	fd = -1;
	if(n == 2 && strcmp(f[0], "unix") == 0){
		memset(&sa, 0, sizeof sa);
		sa.sun_family = AF_UNIX;
		snprintf(sa.sun_path, sizeof sa.sun_path, "%s", f[1]);
		unlink(sa.sun_path);
		fd = socket(AF_UNIX, SOCK_STREAM, 0);
		if(fd >= 0 && bind(fd, (struct sockaddr*)&sa, sizeof sa) < 0){
			close(fd);
			fd = -1;
		}
	}else if(n == 3 && strcmp(f[0], "tcp") == 0){
		memset(&hints, 0, sizeof hints);
		hints.ai_family = AF_INET;
		hints.ai_socktype = SOCK_STREAM;
		hints.ai_flags = AI_PASSIVE;
		if(getaddrinfo(strcmp(f[1], "*") == 0 ? NULL : f[1], f[2], &hints, &ai) != 0){
			werrstr("cs: can't translate address");
			free(a);
			return -1;
		}
		fd = socket(ai->ai_family, ai->ai_socktype, 0);
		one = 1;
		if(fd >= 0 && (setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) < 0
		|| bind(fd, ai->ai_addr, ai->ai_addrlen) < 0)){
			close(fd);
			fd = -1;
		}
		freeaddrinfo(ai);
	}else{
		werrstr("bad dial string: %s", addr);
		free(a);
		return -1;
	}
	if(fd < 0 || listen(fd, 64) < 0){
		oserror(nil);
		if(fd >= 0)
			close(fd);
		free(a);
		return -1;
	}
	if(dir != nil)
		snprint(dir, NETPATHLEN, "/net/%s/%d", f[0], fd);
	free(a);
	return fd;
}

int
p9listen(char *dir, char *newdir)
{
	char net[NETPATHLEN], *p;
	int fd;

	while((fd = accept(sockfd(dir), nil, nil)) < 0)
		if(errno != EINTR){
			oserror(nil);
			return -1;
		}
	snprint(net, sizeof net, "%s", dir);
	if((p = strrchr(net, '/')) != nil)
		*p = 0;
	if(newdir != nil)
		snprint(newdir, NETPATHLEN, "%s/%d", net, fd);
	return fd;
}

/* an end of a call's socket as 9front's dir/local and dir/remote give it: "???" for a unix socket's */
static void
endpoint(int fd, int remote, char **sys, char **serv)
{
	struct sockaddr_in sa;
	socklen_t n;
	int r;

	n = sizeof sa;
	r = remote ? getpeername(fd, (struct sockaddr*)&sa, &n) : getsockname(fd, (struct sockaddr*)&sa, &n);
	if(r < 0 || sa.sin_family != AF_INET){
		*sys = strdup("???");
		*serv = strdup("???");
		return;
	}
	*sys = smprint("%d.%d.%d.%d", ((uchar*)&sa.sin_addr)[0], ((uchar*)&sa.sin_addr)[1],
		((uchar*)&sa.sin_addr)[2], ((uchar*)&sa.sin_addr)[3]);
	*serv = smprint("%d", ntohs(sa.sin_port));
}

/* as 9front's, from the call's directory (its socket here); fd is not used */
NetConnInfo*
getnetconninfo(char *dir, int fd)
{
	NetConnInfo *nci;
	char *p;
	int s;

	USED(fd);
	if(dir == nil || (s = sockfd(dir)) < 0){
		werrstr("no connection directory");
		return nil;
	}
	nci = mallocz(sizeof *nci, 1);
	nci->dir = strdup(dir);
	nci->root = strdup("/net");
	nci->spec = strdup("#I0");
	endpoint(s, 0, &nci->lsys, &nci->lserv);
	endpoint(s, 1, &nci->rsys, &nci->rserv);
	p = strdup(dir + 5);	/* the network's name, as in tcp!sys!serv */
	if(strchr(p, '/') != nil)
		*strchr(p, '/') = 0;
	nci->laddr = smprint("%s!%s!%s", p, nci->lsys, nci->lserv);
	nci->raddr = smprint("%s!%s!%s", p, nci->rsys, nci->rserv);
	free(p);
	return nci;
}

void
freenetconninfo(NetConnInfo *nci)
{
	if(nci == nil)
		return;
	free(nci->dir);
	free(nci->root);
	free(nci->spec);
	free(nci->lsys);
	free(nci->lserv);
	free(nci->rsys);
	free(nci->rserv);
	free(nci->laddr);
	free(nci->raddr);
	free(nci);
}

/* the data of a call outlives its ctl, as on 9front */
int
p9accept(int ctl, char *dir)
{
	int fd;

	USED(dir);
	if((fd = dup(ctl, -1)) < 0)
		oserror(nil);
	return fd;
}

/* listensrv as listen.c does it: announce, then listen, accept and start a service, one call after another */
static void
srvproc(void *v)
{
	threadsetname("srv");
	srv(v);
}

static void
srvfree(Srv *s)
{
	close(s->infd);
	free(s->addr);
	free(s);
}

static void
listenproc(void *v)
{
	char ndir[NETPATHLEN], dir[NETPATHLEN];
	int ctl, data, nctl;
	Srv *os, *s;

	os = v;
	threadsetname("listen");
	if(os->srvfd >= 0){	/* announced already, by postmountsrv */
		ctl = os->srvfd;
		snprint(dir, sizeof dir, "%s", os->addr);
	}else if((ctl = announce(os->addr, dir)) < 0){
		fprint(2, "%s: announce %s: %r\n", argv0, os->addr);
		free(os->addr);
		free(os);
		return;
	}
	for(;;){
		nctl = p9listen(dir, ndir);
		if(nctl < 0){
			fprint(2, "%s: listen %s: %r\n", argv0, os->addr);
			break;
		}
		data = p9accept(nctl, ndir);
		if(data < 0){
			fprint(2, "%s: accept %s: %r\n", argv0, ndir);
			close(nctl);
			continue;
		}
		close(nctl);
		if(chatty9p)
			fprint(2, "lib9p: new connection %d\n", data);
		s = emalloc9p(sizeof *s);
		*s = *os;
		s->addr = estrdup9p("unknown");
		s->infd = s->outfd = data;
		s->free = srvfree;
		if(proccreate(srvproc, s, 32*1024) < 0)
			srvfree(s);
	}
	close(ctl);
	free(os->addr);
	free(os);
}

/* ctl and addr: an announced directory's, or -1 and the address to announce */
static void
startlistener(Srv *os, char *addr, int ctl)
{
	Srv *s;

	s = emalloc9p(sizeof *s);
	*s = *os;
	s->addr = estrdup9p(addr);
	s->infd = s->outfd = -1;
	s->srvfd = ctl;
	s->fpool = nil;
	s->rpool = nil;
	s->msize = 0;
	s->rbuf = nil;
	s->wbuf = nil;
	memset(&s->rlock, 0, sizeof s->rlock);
	memset(&s->wlock, 0, sizeof s->wlock);
	memset(&s->slock, 0, sizeof s->slock);
	memset(&s->sref, 0, sizeof s->sref);
	memset(&s->rref, 0, sizeof s->rref);
	s->free = nil;
	if(proccreate(listenproc, s, 32*1024) < 0)
		sysfatal("listensrv: %r");
}

void
listensrv(Srv *s, char *addr)
{
	startlistener(s, addr, -1);
}

void
threadlistensrv(Srv *s, char *addr)
{
	startlistener(s, addr, -1);
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
	char *addr, dir[NETPATHLEN];
	int ctl;

	USED(mtpt, flag);
	if(name == nil)
		return;
	addr = smprint("unix!%s/%s", nsdir(), name);
	if((ctl = announce(addr, dir)) < 0)
		sysfatal("postfd %s: %r", name);
	free(addr);
	startlistener(s, dir, ctl);
}

void
threadpostmountsrv(Srv *s, char *name, char *mtpt, int flag)
{
	postmountsrv(s, name, mtpt, flag);
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
