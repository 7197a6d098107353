/*
 * The model pool: models by name, loaded once and shared, counted by
 * the sessions that use them, evicted least recently used first when
 * a limit on their number or their bytes would be passed. A model in
 * use is never evicted or unloaded. Loading happens outside the pool's
 * lock, while the model it replaces stays in use; a second load of a
 * name under way fails at once. Only plain files are opened, and a
 * file loaded again is read again if it changed.
 *
 * A name is its loader's: another user's load may not replace it, nor
 * evict it to make room, and holds at most Maxuserloads names; the
 * pool's owner may do all of that.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"

enum {
	Maxuserloads	= 4,	/* names a user other than the owner may hold */
};

void
poolinit(Pool *p)
{
	memset(p, 0, sizeof *p);
}

/* the model of that name in use, or the one loading (under way) */
static Poolent*
find1(Pool *p, char *name, int loading)
{
	Poolent *e;

	for(e = p->list; e != nil; e = e->next)
		if(!e->dead && e->loading == loading && strcmp(e->name, name) == 0)
			return e;
	return nil;
}

static Poolent*
find(Pool *p, char *name)
{
	return find1(p, name, 0);
}

/*
 * what tells a file's contents apart: nil if path is not a plain
 * file, as a pipe or device, which could block a read forever, is not
 */
static char*
stamp(char *path)
{
	Dir *d;
	char *s;

	if((d = dirstat(path)) == nil){
		werrstr("%s: %r", path);
		return nil;
	}
	s = nil;
	if(d->qid.type & QTDIR)
		werrstr("%s: is a directory", path);
	else if(d->type != 'M' || (d->qid.type & (QTAPPEND|QTEXCL|QTAUTH)) != 0)
		werrstr("%s: not a plain file", path);
	else
		s = smprint("%llux %lud %lud %lld", d->qid.path, d->qid.vers, d->mtime, d->length);
	free(d);
	return s;
}

/* stamps of the model and tokenizer, joined; nil if either is not a plain file */
static char*
stamps(char *path, char *tokpath)
{
	char *a, *b, *s;

	if((a = stamp(path)) == nil)
		return nil;
	if((b = stamp(tokpath)) == nil){
		free(a);
		return nil;
	}
	s = smprint("%s|%s", a, b);
	free(a);
	free(b);
	return s;
}

/* weights and tokenizer, as far as the pool counts them */
vlong
entbytes(Poolent *e)
{
	if(e->m == nil)
		return 0;
	return e->m->nbytes + (vlong)e->m->c.vocab * (sizeof(char*) + sizeof(float) + sizeof(int) + e->t->maxlen);
}

static void
freeent(Poolent *e)
{
	freemodel(e->m);
	freetokenizer(e->t);
	free(e->name);
	free(e->path);
	free(e->tokpath);
	free(e->err);
	free(e->stamp);
	free(e->uid);
	free(e);
}

/* may uid's loads replace and evict e (nil: any model)? uid nil: the owner's */
static int
mayevict(Pool *p, char *uid, Poolent *e)
{
	return p->owner == nil || uid == nil || strcmp(uid, p->owner) == 0 || (e != nil && strcmp(uid, e->uid) == 0);
}

/* with the lock held: the names uid holds, loading or loaded */
static int
names(Pool *p, char *uid)
{
	Poolent *e;
	int n;

	n = 0;
	for(e = p->list; e != nil; e = e->next)
		n += !e->dead && strcmp(e->uid, uid) == 0;
	return n;
}

static void
unlink1(Pool *p, Poolent *e)
{
	Poolent **l;

	for(l = &p->list; *l != nil; l = &(*l)->next)
		if(*l == e){
			*l = e->next;
			return;
		}
}

/* with the lock held: evict unused models uid may evict, least recently used first, until the limits hold */
static int
fit(Pool *p, Poolent *keep, char *uid)
{
	Poolent *e, *lru;
	vlong bytes;
	int n;

	for(;;){
		n = 0;
		bytes = 0;
		for(e = p->list; e != nil; e = e->next)
			if(!e->dead && !e->loading){
				n++;
				bytes += entbytes(e);
			}
		if((p->maxmodels == 0 || n <= p->maxmodels) && (p->maxbytes == 0 || bytes <= p->maxbytes))
			return 0;
		lru = nil;
		for(e = p->list; e != nil; e = e->next)
			if(!e->dead && !e->loading && e->refs == 0 && e != keep && mayevict(p, uid, e)
			&& (lru == nil || e->lastuse < lru->lastuse))
				lru = e;
		if(lru == nil){
			werrstr("pool full: %d models, %lld bytes, the rest in use%s", n, bytes,
				mayevict(p, uid, nil) ? "" : " or others'");
			return -1;
		}
		unlink1(p, lru);
		freeent(lru);
	}
}

/* with the lock held: may uid load name now? -1 with errstr set if not */
static int
mayload(Pool *p, char *name, char *uid)
{
	Poolent *e;

	if(find1(p, name, 1) != nil){
		werrstr("model %s: a load is under way", name);
		return -1;
	}
	e = find(p, name);
	if(e != nil && !mayevict(p, uid, e)){
		werrstr("permission denied");
		return -1;
	}
	if(e == nil && !mayevict(p, uid, nil) && names(p, uid) >= Maxuserloads){
		werrstr("too many models");
		return -1;
	}
	return 0;
}

/* load model path with tokenizer tokpath as name for user uid (not nil), replacing an unused model of that name */
int
poolload(Pool *p, char *name, char *path, char *tokpath, char *uid)
{
	Poolent *e, *old;
	Model *m;
	Tokenizer *t;
	char *st;

	if((st = stamps(path, tokpath)) == nil)
		return -1;
	qlock(&p->lk);
	if(mayload(p, name, uid) < 0){
		qunlock(&p->lk);
		free(st);
		return -1;
	}
	e = find(p, name);
	if(e != nil && strcmp(e->path, path) == 0 && strcmp(e->tokpath, tokpath) == 0 && strcmp(e->stamp, st) == 0){
		qunlock(&p->lk);
		free(st);
		return 0;
	}
	e = mallocz(sizeof *e, 1);
	if(e == nil || (e->name = strdup(name)) == nil || (e->path = strdup(path)) == nil
	|| (e->tokpath = strdup(tokpath)) == nil || (e->uid = strdup(uid)) == nil){
		qunlock(&p->lk);
		if(e != nil)
			freeent(e);
		free(st);
		werrstr("out of memory");
		return -1;
	}
	e->stamp = st;
	e->loading = 1;
	e->next = p->list;
	p->list = e;
	qunlock(&p->lk);

	m = openmodelq(path, Lasis);	/* GGUF's and safetensors' matrices in their own types, llama2.c's as they are */
	t = nil;
	if(m == nil)
		werrstr("%s: %r", path);
	else if((t = opentokenizer(tokpath, m->c.vocab)) == nil){
		werrstr("%s: %r", tokpath);
		freemodel(m);
		m = nil;
	}

	qlock(&p->lk);
	old = find(p, name);	/* the one it replaces, in use until now */
	e->m = m;
	e->t = t;
	e->loading = 0;
	e->nloads++;
	e->lastuse = ++p->clock;
	if(old != nil)
		old->dead = 1;	/* neither counted nor evicted by fit; sessions using it keep it */
	if(m == nil || fit(p, e, uid) < 0){
		if(old != nil)
			old->dead = 0;
		unlink1(p, e);
		qunlock(&p->lk);
		freeent(e);
		return -1;
	}
	if(old != nil && old->refs == 0){
		unlink1(p, old);
		freeent(old);
	}
	qunlock(&p->lk);
	return 0;
}

/* the named model, counted as in use; nil if there is none */
Poolent*
poolget(Pool *p, char *name)
{
	Poolent *e;

	qlock(&p->lk);
	e = find(p, name);
	if(e == nil || e->loading || e->m == nil){
		qunlock(&p->lk);
		werrstr("unknown model %s", name);
		return nil;
	}
	e->refs++;
	e->lastuse = ++p->clock;
	qunlock(&p->lk);
	return e;
}

/* another use of e, which the caller holds already */
void
poolhold(Pool *p, Poolent *e)
{
	qlock(&p->lk);
	e->refs++;
	qunlock(&p->lk);
}

/* a use of e ends; the last of an unloaded one frees it */
void
poolput(Pool *p, Poolent *e)
{
	qlock(&p->lk);
	e->lastuse = ++p->clock;
	if(--e->refs == 0 && e->dead){
		unlink1(p, e);
		freeent(e);
	}
	qunlock(&p->lk);
}

int
poolunload(Pool *p, char *name)
{
	Poolent *e;

	qlock(&p->lk);
	e = find(p, name);
	if(e == nil || e->loading){
		qunlock(&p->lk);
		werrstr("unknown model %s", name);
		return -1;
	}
	if(e->refs > 0){
		qunlock(&p->lk);
		werrstr("model %s in use by %d session%s", name, e->refs, e->refs == 1 ? "" : "s");
		return -1;
	}
	unlink1(p, e);
	qunlock(&p->lk);
	freeent(e);
	return 0;
}

/* new limits; the models that no longer fit are evicted if they can be */
int
poollimit(Pool *p, int maxmodels, vlong maxbytes)
{
	int r;

	if(maxmodels < 0 || maxbytes < 0){
		werrstr("bad pool limit");
		return -1;
	}
	qlock(&p->lk);
	p->maxmodels = maxmodels;
	p->maxbytes = maxbytes;
	r = fit(p, nil, nil);
	qunlock(&p->lk);
	return r;
}

/* the models in the pool (loading 0) or being loaded (1) */
static int
count(Pool *p, int loading)
{
	Poolent *e;
	int n;

	qlock(&p->lk);
	n = 0;
	for(e = p->list; e != nil; e = e->next)
		n += !e->dead && e->loading == loading;
	qunlock(&p->lk);
	return n;
}

int
poolcount(Pool *p)
{
	return count(p, 0);
}

/* loads under way: a client that went away does not stop its load */
int
poolloading(Pool *p)
{
	return count(p, 1);
}

vlong
poolbytes(Pool *p)
{
	Poolent *e;
	vlong n;

	qlock(&p->lk);
	n = 0;
	for(e = p->list; e != nil; e = e->next)
		n += entbytes(e);
	qunlock(&p->lk);
	return n;
}

/* one name per line, most recently used first */
char*
poollist(Pool *p)
{
	Poolent *e, *best;
	char *s, *t;
	vlong below;

	qlock(&p->lk);
	s = strdup("");
	below = p->clock + 1;
	for(;;){
		best = nil;
		for(e = p->list; e != nil; e = e->next)
			if(!e->dead && !e->loading && e->lastuse < below && (best == nil || e->lastuse > best->lastuse))
				best = e;
		if(best == nil)
			break;
		t = smprint("%s%s\n", s, best->name);
		free(s);
		s = t;
		below = best->lastuse;
	}
	qunlock(&p->lk);
	return s;
}
