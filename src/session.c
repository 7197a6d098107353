/*
 * llmfs sessions: settings, prompt, an append-only output, and a
 * generation that runs in its own proc. Reads of output and stream
 * that must wait are parked on the session and answered by the
 * generator as text arrives, never by sleeping in the 9P loop.
 */
#include <u.h>
#include <libc.h>
#include <thread.h>
#include <fcall.h>
#include <9p.h>
#include "dat.h"
#include "fns.h"
#include "fs.h"

static void	chatdrop(Session*);
static char*	setstops(Session*, char**, int);
static char*	addtext(char*, char*);

static Lock	cachelk;	/* the caches' bytes, held for a moment under any other lock */
static vlong	cached;

static QLock	tablk;
static Ref	ngen;		/* generations running, closed sessions' too: each holds its model */
static Session	*table;
static ulong	lastid;

/* a new session of user uid cloned on connection conn, counted for the caller; nil past the limits */
Session*
newsession(char *uid, void *conn)
{
	Session *s, *t;
	int n, nu;

	s = mallocz(sizeof *s, 1);
	if(s == nil || (s->uid = strdup(uid)) == nil){
		free(s);
		werrstr("out of memory");
		return nil;
	}
	s->conn = conn;
	s->temp = 1.0;
	s->topp = 0.9;
	s->seed = 0;
	s->steps = 256;
	s->ref.ref = 2;		/* the table's and the caller's */
	qlock(&tablk);
	n = nu = 0;
	for(t = table; t != nil; t = t->next){
		n++;
		nu += strcmp(t->uid, uid) == 0;
	}
	if(n >= Maxsessions || nu >= Maxusersessions){
		qunlock(&tablk);
		free(s->uid);
		free(s);
		werrstr("too many sessions: %d of %s's, %d in all", nu, uid, n);
		return nil;
	}
	s->id = ++lastid;
	s->next = table;
	table = s;
	qunlock(&tablk);
	return s;
}

/*
 * Reclaiming. A fid goes (destroyfid) inside respond, in whichever
 * proc answers, so the counts have a lock of their own and the closing,
 * which takes tablk and the session's lock, is left to the reaper proc.
 */
static QLock	reaplk;		/* every session's conn and nfid */
static Channel	*reapc;		/* a session may have become unreachable */

/* with reaplk held: one nobody can reach again */
static int
orphan(Session *s)
{
	return s->conn == nil && s->nfid == 0 && !s->closed;
}

static void
reaper(void*)
{
	Session *s;

	threadsetname("reaper");
	for(;;){
		recvul(reapc);
		for(;;){
			qlock(&tablk);
			qlock(&reaplk);
			for(s = table; s != nil && !orphan(s); s = s->next)
				;
			qunlock(&reaplk);
			if(s == nil){
				qunlock(&tablk);
				break;
			}
			incref(&s->ref);
			qunlock(&tablk);
			sessclose(s);
			sessdecref(s);
		}
	}
}

/* start the reaper; -1 if it cannot be */
int
sessinit(void)
{
	reapc = chancreate(sizeof(ulong), 1);
	if(reapc == nil || proccreate(reaper, nil, 16*1024) < 0)
		return -1;
	return 0;
}

/* a fid naming s comes (1) or goes (-1); the last to go after its connection has the reaper close s */
void
sessfid(Session *s, int d)
{
	int gone;

	if(s == nil)
		return;
	qlock(&reaplk);
	s->nfid += d;
	gone = orphan(s);
	qunlock(&reaplk);
	if(gone && reapc != nil)
		nbsendul(reapc, 1);
}

/* the connection conn has ended: its sessions that no fid names are closed, the rest when theirs go */
void
sessconnend(void *conn)
{
	Session *s;

	qlock(&tablk);
	qlock(&reaplk);
	for(s = table; s != nil; s = s->next)
		if(s->conn == conn)
			s->conn = nil;
	qunlock(&reaplk);
	qunlock(&tablk);
	if(reapc != nil)
		nbsendul(reapc, 1);
}

/* the open session numbered id, counted; nil if there is none */
Session*
findsession(ulong id)
{
	Session *s;

	qlock(&tablk);
	for(s = table; s != nil; s = s->next)
		if(s->id == id && !s->closed){
			incref(&s->ref);
			break;
		}
	qunlock(&tablk);
	return s;
}

void
sessdecref(Session *s)
{
	if(s == nil || decref(&s->ref) > 0)
		return;
	chatdrop(s);
	free(s->uid);
	free(s->model);
	free(s->prompt);
	free(s->sys);
	free(s->tmpl);
	setstops(s, nil, 0);
	free(s->out);
	free(s);
}

int
nsessions(void)
{
	Session *s;
	int n;

	qlock(&tablk);
	n = 0;
	for(s = table; s != nil; s = s->next)
		n++;
	qunlock(&tablk);
	return n;
}

/* the numbers of uid's open sessions, oldest first: others' are not listed */
ulong*
sessionids(char *uid, int *np)
{
	Session *s;
	ulong *ids;
	int n, i;

	qlock(&tablk);
	n = 0;
	for(s = table; s != nil; s = s->next)
		n += strcmp(s->uid, uid) == 0;
	ids = emalloc9p((n+1) * sizeof(ulong));
	i = n;
	for(s = table; s != nil; s = s->next)
		if(strcmp(s->uid, uid) == 0)
			ids[--i] = s->id;
	qunlock(&tablk);
	*np = n;
	return ids;
}

/*
 * with s->lk held: s's generation or conversation takes n bytes of
 * cache, if the caches stay within the pool's byte limit (they have a
 * limit of their own, as large: models and caches then fit memory)
 */
static int
reserve(Session *s, vlong n)
{
	lock(&cachelk);
	if(pool.maxbytes > 0 && cached + n > pool.maxbytes){
		unlock(&cachelk);
		werrstr("out of memory: %lld bytes of caches in use, the limit is %lld", cached, pool.maxbytes);
		return -1;
	}
	cached += n;
	unlock(&cachelk);
	s->cache = n;
	return 0;
}

static void
release(Session *s)
{
	lock(&cachelk);
	cached -= s->cache;
	unlock(&cachelk);
	s->cache = 0;
}

/* bytes of the running generations' KV caches and activations */
vlong
sessbytes(void)
{
	Session *s;
	vlong n;

	qlock(&tablk);
	n = 0;
	for(s = table; s != nil; s = s->next)
		n += s->cache;
	qunlock(&tablk);
	return n;
}

int
generating(void)
{
	return ngen.ref;
}

/* with s->lk held: output reads the whole text, stream the last reply */
static void
reply(Session *s, int type, Req *r)
{
	if(type == Qsstream && s->out != nil)	/* nil before any output */
		readbuf(r, s->out + s->rstart, s->nout - s->rstart);
	else
		readbuf(r, s->out, s->nout);
}

/* with s->lk held: the parked reads that can be answered go to their connections' reply procs */
static void
answer(Session *s)
{
	Req *r, **l;
	int type;

	for(l = &s->parked; (r = *l) != nil; ){
		type = ((Faux*)r->fid->aux)->type;
		if(s->state == Sgen && (type == Qsoutput || r->ifcall.offset >= s->nout - s->rstart)){
			l = (Req**)&r->aux;
			continue;
		}
		*l = r->aux;
		r->aux = nil;
		s->nparked--;
		reply(s, type, r);
		replylater(r);
	}
}

/* remove a parked read (a flush); 1 if it was parked and has been answered "interrupted" */
int
unpark(Req *old)
{
	Session *s;
	Req **l;
	int found;

	found = 0;
	qlock(&tablk);
	for(s = table; s != nil && !found; s = s->next){
		qlock(&s->lk);
		for(l = &s->parked; *l != nil; l = (Req**)&(*l)->aux)
			if(*l == old){
				*l = old->aux;
				old->aux = nil;
				s->nparked--;
				found = 1;
				break;
			}
		qunlock(&s->lk);
	}
	qunlock(&tablk);
	if(found)
		respond(old, "interrupted");
	return found;
}

void
sessread(Session *s, int type, Req *r)
{
	qlock(&s->lk);
	if(s->state == Sgen && (type == Qsoutput || r->ifcall.offset >= s->nout - s->rstart)){
		if(s->nparked >= Maxparked){
			qunlock(&s->lk);
			respond(r, "too many reads waiting");
			return;
		}
		r->aux = s->parked;
		s->parked = r;
		s->nparked++;
		qunlock(&s->lk);
		return;
	}
	reply(s, type, r);
	qunlock(&s->lk);
	respond(r, nil);
}

/* *p holds at least n bytes, *a of them allocated; -1 if memory is short */
static int
grow(char **p, long *a, long n)
{
	char *q;
	long na;

	if(n <= *a)
		return 0;
	na = n < 4096 ? 4096 : n + n/2;
	if((q = realloc(*p, na)) == nil)
		return -1;
	*p = q;
	*a = na;
	return 0;
}

/* text onto the output; when memory is short the generation stops with that error */
static void
emit(Session *s, char *text)
{
	long n;

	n = strlen(text);
	qlock(&s->lk);
	if(grow(&s->out, &s->aout, s->nout + n + 1) < 0){
		s->stop = 1;
		snprint(s->err, sizeof s->err, "out of memory");
		qunlock(&s->lk);
		return;
	}
	memmove(s->out + s->nout, text, n);
	s->nout += n;
	s->out[s->nout] = 0;
	s->vers++;
	answer(s);
	qunlock(&s->lk);
}

static void
put(Gen *g, char *text)
{
	Session *s;

	s = g->aux;
	qlock(&s->lk);
	s->pos = g->pos;
	qunlock(&s->lk);
	emit(s, text);
}

static int
stopped(Gen *g)
{
	Session *s;

	s = g->aux;
	return s->stop;
}

typedef struct Job Job;
struct Job {
	Session	*s;
	Poolent	*e;		/* the model: a completion's own, a conversation's its session's */
	Sampler	*sampler;
	char	*text;		/* the prompt, or the user's turn */
	int	steps;
	Gen	g;
	Genjob	gj;		/* a step at a time in its model's batch */
	Chat	*chat;		/* a conversation's turn */
	Stops	stops;		/* its stop strings, as they were when it began */
	Job	*next;
};

/* n bytes of data as a string, without the newlines echo ends it with */
static char*
chomp(char *data, long n)
{
	char *p;

	while(n > 0 && data[n-1] == '\n')
		n--;
	p = malloc(n + 1);
	if(p == nil)
		return nil;
	if(n > 0)
		memmove(p, data, n);
	p[n] = 0;
	return p;
}

/* with s->lk held: the end of a generation of n positions (-1: failed, errstr says why) */
static void
finish(Session *s, Job *j, int n, Gen *g)
{
	decref(&ngen);
	if(n < 0){
		s->state = Serror;
		rerrstr(s->err, sizeof s->err);
	}else if(s->err[0] != 0)	/* emit ran out of memory */
		s->state = Serror;
	else{
		s->state = Sdone;
		s->tps = g->tps;
	}
	s->vers++;
	answer(s);
	qunlock(&s->lk);
	freesampler(j->sampler);
	stopsfree(&j->stops);
	free(j->text);
	free(j);
	sessdecref(s);
}

static void	turnover(Job*, int);

/* the end of a completion that ran n positions (-1: failed) */
static void
genover(Job *j, int n)
{
	Session *s;

	s = j->s;
	qlock(&s->lk);
	poolput(&pool, j->e);	/* before the end is seen: one told of it may unload the model at once */
	release(s);
	if(n >= 0){
		s->pos = n;
		s->ntok = j->g.ntok;
		s->ngen = n - (j->g.ntok - 1) > 0 ? n - (j->g.ntok - 1) : 0;
	}
	finish(s, j, n, &j->g);
}

/*
 * Batches. The completions on one model go through the layers
 * together in one proc, the model's batcher: each step's rows are every
 * generation's next token and then prompts' next positions, Batch rows
 * at most, and each block of a matrix is read once for all of them.
 * Every row's numbers are what it gets alone, so a session's text does
 * not depend on who else is generating. A completion or a turn of a
 * conversation joins at the next step and leaves when it ends; a
 * prompt is encoded before it joins.
 */
typedef struct Batcher Batcher;
struct Batcher {
	Poolent	*e;		/* held while the batcher runs */
	Job	*jobs;		/* in the batch */
	Job	*join;		/* joining at the next step */
	int	turn;		/* where the next step's rows begin: more generations than rows take turns */
	Batcher	*next;
};

static QLock	batchlk;	/* the batchers and what joins them */
static Batcher	*batchers;
static Lock	peaklk;
static int	peak;		/* the most generations one step has run */

int
batchpeak(void)
{
	int n;

	lock(&peaklk);
	n = peak;
	unlock(&peaklk);
	return n;
}

static void
batchproc(void *v)
{
	Batcher *b, **l;
	Job *j, **jl;
	Genjob *js[Maxsessions];
	State *bs;
	int n, nj;

	b = v;
	threadsetname("batch %s", b->e->name);
	bs = newbatch(&b->e->m->c, Batch);
	for(;;){
		qlock(&batchlk);
		for(jl = &b->jobs; *jl != nil; jl = &(*jl)->next)
			;
		*jl = b->join;
		b->join = nil;
		if(b->jobs == nil){
			for(l = &batchers; *l != b; l = &(*l)->next)
				;
			*l = b->next;
			qunlock(&batchlk);
			break;
		}
		qunlock(&batchlk);
		nj = 0;
		for(j = b->jobs; j != nil && nj < nelem(js); j = j->next)
			js[nj++] = &j->gj;
		if(bs == nil)		/* no memory for a batch: each alone */
			for(n = 0; n < nj; n++)
				genalone(js[n]);
		else if((n = genbatch(bs, js, nj, &b->turn)) > 0){
			lock(&peaklk);
			if(n > peak)
				peak = n;
			unlock(&peaklk);
		}
		for(jl = &b->jobs; (j = *jl) != nil; ){
			if(!genfinished(&j->gj)){
				jl = &j->next;
				continue;
			}
			*jl = j->next;
			if(j->chat != nil)
				turnover(j, chatend(j->chat, &j->gj));
			else
				genover(j, genend(&j->gj));
		}
	}
	freestate(bs);
	poolput(&pool, b->e);
	free(b);
}

/* j, its prompt encoded, into its model's batch; -1 if no batcher can run */
static int
join(Job *j)
{
	Batcher *b;

	qlock(&batchlk);
	for(b = batchers; b != nil && b->e != j->e; b = b->next)
		;
	if(b == nil){
		b = mallocz(sizeof *b, 1);
		if(b == nil){
			qunlock(&batchlk);
			return -1;
		}
		b->e = j->e;
		poolhold(&pool, b->e);
		if(proccreate(batchproc, b, 64*1024) < 0){
			poolput(&pool, b->e);
			free(b);
			qunlock(&batchlk);
			return -1;
		}
		b->next = batchers;
		batchers = b;
	}
	j->next = b->join;
	b->join = j;
	qunlock(&batchlk);
	return 0;
}

/* a completion's first proc: the prompt is encoded here, off the batch, which it then joins */
static void
genproc(void *v)
{
	Job *j;

	j = v;
	threadsetname("generate %lud", j->s->id);
	memset(&j->g, 0, sizeof j->g);
	j->g.put = put;
	j->g.stopped = stopped;
	j->g.aux = j->s;
	if(genbegin(&j->gj, j->e->m, j->e->t, j->sampler, j->text, j->steps, &j->g) < 0){
		genover(j, -1);
		return;
	}
	if(j->stops.n > 0)
		j->gj.stops = &j->stops;
	if(join(j) == 0)
		return;
	while(genalone(&j->gj))		/* no batcher: alone, as generate */
		;
	genover(j, genend(&j->gj));
}

/* with s->lk held: run j in a proc of its own, s generating up to total positions */
static char*
spawn(Session *s, void (*fn)(void*), Job *j, int total)
{
	s->state = Sgen;
	s->err[0] = 0;
	s->stop = 0;
	s->pos = 0;
	s->total = total;
	s->tps = 0;
	s->ntok = s->ngen = 0;
	s->vers++;
	incref(&s->ref);
	incref(&ngen);
	if(proccreate(fn, j, 64*1024) < 0){
		decref(&ngen);
		decref(&s->ref);	/* the table's is still held */
		s->state = Serror;
		snprint(s->err, sizeof s->err, "cannot start a proc");
		return "cannot start a proc";
	}
	return nil;
}

/* with s->lk held: start a generation of the prompt; nil, or the error (perhaps in ebuf) */
static char*
start(Session *s, char *ebuf)
{
	Job *j;
	Poolent *e;
	char *err;
	int steps;

	if(s->state == Sgen)
		return "busy: generating";
	if(s->closed)
		return "session closed";	/* a fid may outlive the close: it starts nothing no one can stop */
	chatdrop(s);
	e = poolget(&pool, s->model ? s->model : "(default)");
	if(e == nil)
		return s->model ? "unknown model" : "no default model: write load MODEL TOKENIZER to ctl";
	steps = s->steps;
	if(steps <= 0 || steps > e->m->c.seqlen)
		steps = e->m->c.seqlen;
	j = mallocz(sizeof *j, 1);
	if(j == nil || (j->text = chomp(s->prompt, s->nprompt)) == nil
	|| (j->sampler = newsampler(e->m->c.vocab, s->temp, s->topp, s->seed ? s->seed : (uvlong)nsec())) == nil){
		if(j != nil)
			free(j->text);
		free(j);
		poolput(&pool, e);
		return "out of memory";
	}
	j->s = s;
	j->e = e;
	j->steps = steps;
	s->nout = 0;
	s->rstart = 0;
	if(s->out != nil)
		s->out[0] = 0;
	if(stopsset(&j->stops, s->stops, s->nstops) < 0)
		err = "out of memory";
	else if(reserve(s, statebytes(&e->m->c, steps)) < 0){
		rerrstr(ebuf, ERRMAX);
		err = ebuf;
	}else if((err = spawn(s, genproc, j, steps)) != nil)
		release(s);
	if(err != nil){
		poolput(&pool, e);
		freesampler(j->sampler);
		stopsfree(&j->stops);
		free(j->text);
		free(j);
	}
	return err;
}

/*
 * Conversations. A session's first turn makes its Chat, on the
 * session's model, which it holds until a reset, generate, a change of
 * model or template, or its end; the KV cache stays between turns.
 */
static void
chatdrop(Session *s)
{
	if(s->chat == nil)
		return;
	freechat(s->chat);
	freesampler(s->chats);
	poolput(&pool, s->chate);
	s->chat = nil;
	s->chats = nil;
	s->chate = nil;
	release(s);
}

/* with s->lk held: the conversation, made if need be; -1 with errstr */
static int
chatopen(Session *s)
{
	Poolent *e;
	Tmpl *tm;

	if(s->chat != nil)
		return 0;
	e = poolget(&pool, s->model ? s->model : "(default)");
	if(e == nil){
		werrstr(s->model ? "unknown model" : "no default model: write load MODEL TOKENIZER to ctl");
		return -1;
	}
	tm = s->tmpl != nil ? tmplbyname(s->tmpl) : tmplfor(e->m, e->t);
	if(tm == nil){
		poolput(&pool, e);
		return -1;
	}
	s->chat = newchat(e->m, e->t, tm, 0);
	s->chats = newsampler(e->m->c.vocab, s->temp, s->topp, s->seed ? s->seed : (uvlong)nsec());
	if(s->chat == nil || s->chats == nil){
		freechat(s->chat);
		freesampler(s->chats);
		s->chat = nil;
		s->chats = nil;
		poolput(&pool, e);
		werrstr("out of memory");
		return -1;
	}
	s->chate = e;
	if(reserve(s, statebytes(&e->m->c, s->chat->ctx)) < 0){
		chatdrop(s);
		return -1;
	}
	return 0;
}

/* the end of a turn whose reply is n tokens (-1: failed) */
static void
turnover(Job *j, int n)
{
	Session *s;
	Chat *c;

	s = j->s;
	c = j->chat;
	emit(s, "\n");
	qlock(&s->lk);
	s->pos = c->pos;
	s->ntok = c->lastprompt;
	s->ngen = c->lastreply;
	finish(s, j, n, &j->g);
}

/* a turn's first proc: its prompt is rendered here, off the batch, which it then joins */
static void
chatproc(void *v)
{
	Job *j;
	Session *s;

	j = v;
	s = j->s;
	j->chat = s->chat;	/* no one else touches it while s generates */
	j->e = s->chate;
	threadsetname("chat %lud", s->id);
	memset(&j->g, 0, sizeof j->g);
	j->g.put = put;
	j->g.stopped = stopped;
	j->g.aux = s;
	if(chatbegin(j->chat, &j->gj, j->text, s->chats, j->steps, &j->g) < 0){
		turnover(j, -1);
		return;
	}
	if(join(j) == 0)
		return;
	while(genalone(&j->gj))		/* no batcher: alone, as chatturn */
		;
	turnover(j, chatend(j->chat, &j->gj));
}

/* with s->lk held: the user's turn, its reply started; -1 with errstr if it cannot be */
static int
turn(Session *s, char *data, long n)
{
	Job *j;
	char *err, *sys;
	int r;

	err = s->state == Sgen ? "busy: generating" : s->closed ? "session closed" : nil;
	if(err != nil){
		werrstr("%s", err);
		return -1;
	}
	if(chatopen(s) < 0)
		return -1;
	if(s->chat->nturns == 0){
		if((sys = chomp(s->sys, s->nsys)) == nil){
			werrstr("out of memory");
			return -1;
		}
		r = chatsystem(s->chat, sys);
		free(sys);
		if(r < 0)
			return -1;
	}
	if(chatstops(s->chat, s->stops, s->nstops) < 0)
		return -1;
	s->chat->drop = s->drop;
	s->chats->temp = s->temp;	/* the seed's sequence goes on across turns; the rest is the turn's */
	s->chats->topp = s->topp;
	j = mallocz(sizeof *j, 1);
	if(j == nil || (j->text = chomp(data, n)) == nil){
		free(j);
		werrstr("out of memory");
		return -1;
	}
	j->s = s;
	j->steps = s->steps;
	s->rstart = s->nout;
	if((err = spawn(s, chatproc, j, s->chat->ctx)) != nil){
		free(j->text);
		free(j);
		werrstr("%s", err);
		return -1;
	}
	return 0;
}

/* a user's turn written to N/chat: its reply starts; -1 with errstr if it cannot */
int
sesschat(Session *s, char *data, long n)
{
	int r;

	qlock(&s->lk);
	r = turn(s, data, n);
	qunlock(&s->lk);
	return r;
}

/* close: gone from the directory now, freed with its last fid; a generation is stopped */
void
sessclose(Session *s)
{
	Session **l;

	qlock(&tablk);
	for(l = &table; *l != nil; l = &(*l)->next)
		if(*l == s){
			*l = s->next;
			break;
		}
	qunlock(&tablk);
	qlock(&s->lk);
	if(s->closed){
		qunlock(&s->lk);
		return;
	}
	s->closed = 1;
	s->stop = 1;
	qunlock(&s->lk);
	sessdecref(s);		/* the table's */
}

/* ctl's words for a refused setting: "temp out of range" or "bad number" */
static char*
refused(char *err, char *range)
{
	return strcmp(err, "out of range") == 0 ? range : "bad number";
}

/* with s->lk held: the conversation's template by name (nil: the model file's); the conversation starts over */
static char*
settmpl(Session *s, char *name, char *err)
{
	char *p;

	if(s->state == Sgen)
		return "busy: generating";
	if(name != nil && tmplbyname(name) == nil){
		rerrstr(err, ERRMAX);
		return err;
	}
	p = nil;
	if(name != nil && (p = strdup(name)) == nil)
		return "out of memory";
	free(s->tmpl);
	s->tmpl = p;
	chatdrop(s);
	return nil;
}

/* a command written to N/ctl; nil when done, else the error (perhaps in ebuf, ERRMAX bytes) */
char*
sessctl(Session *s, char **f, int nf, char *ebuf)
{
	double v;
	vlong n;
	char *err, *r;

	if(nf == 0)
		return "bad command";
	if(strcmp(f[0], "close") == 0 && nf == 1){
		sessclose(s);
		return nil;
	}
	qlock(&s->lk);
	r = nil;
	if(strcmp(f[0], "temp") == 0 && nf == 2){
		if((err = temparg(f[1], &v)) != nil)
			r = refused(err, "temp out of range");
		else
			s->temp = v;
	}else if(strcmp(f[0], "topp") == 0 && nf == 2){
		if((err = numarg(f[1], 0, 1, &v)) != nil)
			r = refused(err, "topp out of range");
		else
			s->topp = v;
	}else if(strcmp(f[0], "seed") == 0 && nf == 2){
		if(seedarg(f[1], &s->seed) != nil)
			r = "bad seed";
	}else if(strcmp(f[0], "steps") == 0 && nf == 2){
		if((err = intarg(f[1], 1, Maxseq, &n)) != nil)
			r = refused(err, "steps out of range");
		else
			s->steps = n;
	}else if(strcmp(f[0], "generate") == 0 && nf == 1)
		r = start(s, ebuf);
	else if(strcmp(f[0], "stop") == 0 && nf == 1)
		s->stop = 1;
	else if(strcmp(f[0], "reset") == 0 && nf == 1){
		if(s->state == Sgen)
			r = "busy: generating";
		else{
			if(s->chat != nil)
				chatreset(s->chat);
			s->nprompt = 0;
			s->nout = s->rstart = 0;
			s->state = Sidle;
			s->pos = s->total = 0;
			s->ntok = s->ngen = 0;
		}
	}else if(strcmp(f[0], "template") == 0 && nf <= 2)
		r = settmpl(s, nf == 2 ? f[1] : nil, ebuf);
	else if(strcmp(f[0], "overflow") == 0 && nf == 2 && (strcmp(f[1], "refuse") == 0 || strcmp(f[1], "drop") == 0))
		s->drop = strcmp(f[1], "drop") == 0;
	else if(strcmp(f[0], "stop-string") == 0)
		r = setstops(s, f+1, nf-1);
	else
		r = "bad command";
	if(r == nil)
		s->vers++;
	qunlock(&s->lk);
	return r;
}

char*
sessmodel(Session *s, char *name)
{
	Poolent *e;

	if(strcmp(name, "(default)") == 0 || strcmp(name, "default") == 0)
		name = nil;
	else if((e = poolget(&pool, name)) == nil)
		return smprint("unknown model %s", name);
	else
		poolput(&pool, e);
	qlock(&s->lk);
	if(s->chat != nil && s->state == Sgen){
		qunlock(&s->lk);
		return strdup("busy: generating");
	}
	chatdrop(s);
	free(s->model);
	s->model = name ? estrdup9p(name) : nil;
	s->vers++;
	qunlock(&s->lk);
	return nil;
}

/* with s->lk held: a write at offset of a text (prompt or system): it is cut there and the data appended */
static char*
settext(Session *s, char **p, long *np, long *ap, vlong off, char *data, long n)
{
	if(off < 0 || off > *np || off + n > Maxprompt)
		return off + n > Maxprompt ? "prompt too long" : "bad offset";
	if(grow(p, ap, off + n + 1) < 0)
		return "out of memory";
	memmove(*p + off, data, n);
	*np = off + n;
	s->vers++;
	return nil;
}

char*
sessprompt(Session *s, vlong off, char *data, long n)
{
	char *err;

	qlock(&s->lk);
	err = settext(s, &s->prompt, &s->nprompt, &s->aprompt, off, data, n);
	qunlock(&s->lk);
	return err;
}

/* the system prompt of a conversation: set before its first turn */
char*
sesssystem(Session *s, vlong off, char *data, long n)
{
	char *err;

	qlock(&s->lk);
	if(s->chat != nil && s->chat->nturns > 0)
		err = "conversation under way: write reset to ctl first";
	else
		err = settext(s, &s->sys, &s->nsys, &s->asys, off, data, n);
	qunlock(&s->lk);
	return err;
}

char*
sesssys(Session *s)
{
	char *r;

	qlock(&s->lk);
	r = chomp(s->sys, s->nsys);
	qunlock(&s->lk);
	return r;
}

/* with s->lk held: the stop strings, copied (n 0: none); nil or why not */
static char*
setstops(Session *s, char **f, int n)
{
	long len;
	int i;

	len = 0;
	for(i = 0; i < n; i++)
		len += strlen(f[i]);
	if(n > Maxstops || len > Maxstopbytes)
		return "too many stop strings";
	for(i = 0; i < s->nstops; i++)
		free(s->stops[i]);
	free(s->stops);
	s->stops = nil;
	s->nstops = 0;
	if(n == 0)
		return nil;
	s->stops = mallocz(n * sizeof s->stops[0], 1);
	if(s->stops == nil)
		return "out of memory";
	for(i = 0; i < n; i++)
		if((s->stops[i] = strdup(f[i])) == nil)
			break;
	s->nstops = i;
	return i == n ? nil : "out of memory";
}

char*
sessstatus(Session *s)
{
	char *r;

	qlock(&s->lk);
	switch(s->state){
	case Sgen:
		r = smprint("generating %d/%d\n", s->pos, s->total);
		break;
	case Sdone:
		r = smprint("done %.2f\n", s->tps);
		break;
	case Serror:
		r = smprint("error %s\n", s->err);
		break;
	default:
		r = smprint("idle\n");
	}
	if(r != nil && s->state != Sidle)
		r = addtext(r, smprint("prompt %d\ngenerated %d\n", s->ntok, s->ngen));
	if(r != nil && s->chat != nil)
		r = addtext(r, smprint("turns %d\ncontext %d/%d\n", s->chat->nturns, s->chat->pos, s->chat->ctx));
	qunlock(&s->lk);
	return r;
}

/* a followed by b, both freed; nil if memory is short */
static char*
addtext(char *a, char *b)
{
	char *r;

	r = b != nil ? smprint("%s%s", a, b) : nil;
	free(a);
	free(b);
	return r;
}

char*
sesssettings(Session *s)
{
	char *r;
	int i;

	qlock(&s->lk);
	r = smprint("temp %g\ntopp %g\nseed %llud\nsteps %d\nmodel %s\ntemplate %s\noverflow %s\n",
		s->temp, s->topp, s->seed, s->steps, s->model ? s->model : "(default)",
		s->tmpl ? s->tmpl : "(model's)", s->drop ? "drop" : "refuse");
	for(i = 0; r != nil && i < s->nstops; i++)
		r = addtext(r, smprint("stop-string %q\n", s->stops[i]));
	qunlock(&s->lk);
	return r;
}
