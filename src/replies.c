/*
 * Answers from procs that serve every client (the generators) are
 * written by a proc of the answer's own connection: a client that
 * stops reading then blocks that proc alone, never a generation that
 * others wait on, nor any lock.
 */
#include <u.h>
#include <libc.h>
#include <thread.h>
#include <fcall.h>
#include <9p.h>
#include "dat.h"
#include "fns.h"
#include "fs.h"

typedef struct Outq Outq;
struct Outq {
	QLock	lk;
	Rendez	more;
	Req	*head;		/* through r->aux */
	Req	**tail;
	int	running;	/* its proc is */
	int	ended;		/* the connection has: the proc goes when the queue is empty */
	int	freed;		/* and so has the Srv: the proc's going frees the queue */
};

static void
replyproc(void *v)
{
	Outq *q;
	Req *r;
	int freed;

	q = v;
	threadsetname("reply");
	qlock(&q->lk);
	for(;;){
		while(q->head == nil && !q->ended)
			rsleep(&q->more);
		if((r = q->head) == nil)
			break;
		if((q->head = r->aux) == nil)
			q->tail = &q->head;
		r->aux = nil;
		qunlock(&q->lk);
		respond(r, nil);	/* the last may free the Srv: see replyfree */
		qlock(&q->lk);
	}
	q->running = 0;
	freed = q->freed;
	qunlock(&q->lk);
	if(freed)
		free(q);
}

/* srv->start: the connection's queue */
void
replystart(Srv *srv)
{
	Outq *q;

	q = emalloc9p(sizeof *q);
	q->more.l = &q->lk;
	q->tail = &q->head;
	srv->aux = q;
}

/* r answered (without error) by its connection's proc */
void
replylater(Req *r)
{
	Outq *q;

	if((q = r->srv->aux) == nil){
		respond(r, nil);
		return;
	}
	qlock(&q->lk);
	r->aux = nil;
	*q->tail = r;
	q->tail = (Req**)&r->aux;
	if(q->running){
		rwakeup(&q->more);
		qunlock(&q->lk);
		return;
	}
	q->running = 1;
	if(proccreate(replyproc, q, 32*1024) >= 0){
		qunlock(&q->lk);
		return;
	}
	/* no proc: the queue was empty, so r alone is answered here */
	q->running = 0;
	q->head = nil;
	q->tail = &q->head;
	qunlock(&q->lk);
	respond(r, nil);
}

/* the connection has ended: its proc goes once what is queued is written */
void
replyend(Srv *srv)
{
	Outq *q;

	if((q = srv->aux) == nil)
		return;
	qlock(&q->lk);
	q->ended = 1;
	rwakeup(&q->more);
	qunlock(&q->lk);
}

/*
 * srv->free: every request is answered, so the queue is empty; its
 * proc may still be on its way out (its last respond freed the Srv)
 */
void
replyfree(Srv *srv)
{
	Outq *q;

	if((q = srv->aux) == nil)
		return;
	srv->aux = nil;
	qlock(&q->lk);
	q->ended = 1;
	if(q->running){
		q->freed = 1;
		rwakeup(&q->more);
		qunlock(&q->lk);
		return;
	}
	qunlock(&q->lk);
	free(q);
}
