/*
 * libthread for the host on POSIX threads: procs, channels (buffered,
 * and unbuffered with the sender waiting until its value is taken),
 * alt, and exits semantics as in 9front: exits and threadexits end
 * only the calling proc; the program ends with its last proc or with
 * threadexitsall.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <sched.h>
#include <unistd.h>
#include <signal.h>
#include <u.h>
#include <libc.h>
#include <thread.h>
#include "host.h"

/*
 * Channel state is guarded by a spinlock (the critical sections are a
 * few loads and stores); a proc that has to wait sleeps on a condition
 * variable until the version count of channel changes moves, and it is
 * signalled only when someone sleeps.
 */
static char spin;
static uvlong version;
static int sleepers;
static pthread_mutex_t sleeplk = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t changed = PTHREAD_COND_INITIALIZER;

/* spin a little, then give up the processor: its holder may be waiting for one, as 9front's lock does */
static void
lock1(void)
{
	int n;

	while(__atomic_test_and_set(&spin, __ATOMIC_ACQUIRE))
		for(n = 0; __atomic_load_n(&spin, __ATOMIC_RELAXED); n++)
			if(n < 100)
				__builtin_ia32_pause();
			else
				sched_yield();
}

static void
unlock1(void)
{
	__atomic_clear(&spin, __ATOMIC_RELEASE);
}

static pthread_mutex_t lk = PTHREAD_MUTEX_INITIALIZER;	/* proc bookkeeping */

static void wake(void);
static int nprocs = 1;
static int lastfail;
static long nextid = 1;
static __thread int myid;

int mainstacksize __attribute__((weak));

typedef struct Start Start;
struct Start {
	void	(*f)(void*);
	void	*arg;
	int	id;
};

/* the calling proc ends; the program with the last one */
void
procexit(char *s)
{
	pthread_mutex_lock(&lk);
	if(s != nil && *s != 0)
		lastfail = 1;
	if(--nprocs == 0)
		exit(lastfail);
	pthread_mutex_unlock(&lk);
	pthread_exit(nil);
}

void
threadexits(char *s)
{
	procexit(s);
}

void
threadexitsall(char *s)
{
	exit(s == nil || *s == 0 ? 0 : 1);
}

static void*
start(void *v)
{
	Start s;

	s = *(Start*)v;
	free(v);
	myid = s.id;
	s.f(s.arg);
	procexit(nil);
	return nil;
}

int
proccreate(void (*f)(void*), void *arg, uint stacksize)
{
	pthread_attr_t attr;
	pthread_t t;
	Start *s;
	int id;

	s = malloc(sizeof *s);
	s->f = f;
	s->arg = arg;
	pthread_mutex_lock(&lk);
	id = s->id = ++nextid;	/* s is the new thread's to free */
	nprocs++;
	pthread_mutex_unlock(&lk);
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	/* small fixed stacks as on 9front, but room for the C library underneath */
	pthread_attr_setstacksize(&attr, stacksize < 65536 ? 65536 : stacksize);
	if(pthread_create(&t, &attr, start, s) != 0){
		pthread_mutex_lock(&lk);
		nprocs--;
		pthread_mutex_unlock(&lk);
		free(s);
		werrstr("proccreate: cannot create thread");
		return -1;
	}
	pthread_attr_destroy(&attr);
	return id;
}

int
threadcreate(void (*f)(void*), void *arg, uint stacksize)
{
	return proccreate(f, arg, stacksize);
}

int
threadid(void)
{
	return myid ? myid : 1;
}

void
threadsetname(char *fmt, ...)
{
	(void)fmt;
}

void
yield(void)
{
	sched_yield();
}

Channel*
chancreate(int elemsize, int bufsize)
{
	Channel *c;

	c = calloc(1, sizeof *c);
	c->e = elemsize;
	c->s = bufsize;
	c->v = calloc(bufsize > 0 ? bufsize : 1, elemsize > 0 ? elemsize : 1);
	return c;
}

static void	waitchange(void);

/* after its senders are back: a receiver may free the channel it was just handed a value on */
void
chanfree(Channel *c)
{
	if(c == nil)
		return;
	lock1();
	while(c->insend > 0)
		waitchange();
	unlock1();
	free(c->v);
	free(c);
}

int
chanclose(Channel *c)
{
	lock1();
	c->closed = 1;
	wake();
	unlock1();
	return 0;
}

/* with the spinlock held: tell the waiters that a channel changed */
static void
wake(void)
{
	__atomic_add_fetch(&version, 1, __ATOMIC_SEQ_CST);
	if(__atomic_load_n(&sleepers, __ATOMIC_SEQ_CST) > 0){
		pthread_mutex_lock(&sleeplk);
		pthread_cond_broadcast(&changed);
		pthread_mutex_unlock(&sleeplk);
	}
}

/*
 * with the spinlock held: wait for a change, asleep, as a 9front proc
 * blocked on a channel sleeps in the kernel (this once spun first, which
 * hid from the Linux build what handoffs between procs cost on 9front)
 */
static void
waitchange(void)
{
	uvlong v;

	v = __atomic_load_n(&version, __ATOMIC_SEQ_CST);
	unlock1();
	pthread_mutex_lock(&sleeplk);
	__atomic_add_fetch(&sleepers, 1, __ATOMIC_SEQ_CST);
	while(__atomic_load_n(&version, __ATOMIC_SEQ_CST) == v)
		pthread_cond_wait(&changed, &sleeplk);
	__atomic_sub_fetch(&sleepers, 1, __ATOMIC_SEQ_CST);
	pthread_mutex_unlock(&sleeplk);
	lock1();
}

/* with the spinlock held: can op on c proceed now? */
static int
ready(Channel *c, int op)
{
	if(c == nil)
		return 0;
	if(op == CHANRCV)
		return c->s > 0 ? c->n > 0 : c->full;
	if(op == CHANSND)
		return c->s > 0 ? c->n < (uint)c->s : !c->full && c->nrecv > 0;
	return 0;
}

/* with the spinlock held and ready(c, op): do it; a send to an unbuffered channel waits until taken */
static void
doop(Channel *c, int op, void *v)
{
	uvlong seq;

	if(op == CHANRCV){
		if(c->s > 0){
			memmove(v, c->v + c->f*c->e, c->e);
			c->f = (c->f + 1) % c->s;
			c->n--;
		}else{
			memmove(v, c->v, c->e);
			c->full = 0;
			c->taken++;
		}
	}else{
		if(c->s > 0){
			memmove(c->v + ((c->f + c->n) % c->s)*c->e, v, c->e);
			c->n++;
		}else{
			memmove(c->v, v, c->e);
			c->full = 1;
			seq = ++c->sent;
			c->insend++;
			wake();
			while(c->taken < seq)
				waitchange();
			c->insend--;
		}
	}
	wake();
}

int
alt(Alt *a)
{
	int i, n, noblock, unbuf;

	lock1();
	for(n = 0; a[n].op != CHANEND && a[n].op != CHANNOBLK; n++)
		;
	noblock = a[n].op == CHANNOBLK;
	/* a waiting receiver lets unbuffered senders in alt proceed: tell them */
	unbuf = 0;
	for(i = 0; i < n; i++)
		if(a[i].op == CHANRCV && a[i].c){
			a[i].c->nrecv++;
			unbuf |= a[i].c->s == 0;
		}
	if(unbuf)
		wake();
	for(;;){
		for(i = 0; i < n; i++)
			if((a[i].op == CHANRCV || a[i].op == CHANSND) && ready(a[i].c, a[i].op))
				break;
		if(i < n || noblock)
			break;
		/* an unbuffered send proceeds once a receiver waits */
		waitchange();
	}
	for(int k = 0; k < n; k++)
		if(a[k].op == CHANRCV && a[k].c)
			a[k].c->nrecv--;
	if(i < n)
		doop(a[i].c, a[i].op, a[i].v);
	unlock1();
	return i;
}

static int
op1(Channel *c, int op, void *v, int block)
{
	Alt a[2];

	a[0].c = c;
	a[0].v = v;
	a[0].op = op;
	a[1].op = block ? CHANEND : CHANNOBLK;
	return alt(a) == 0 ? 1 : 0;
}

int	send(Channel *c, void *v) { return op1(c, CHANSND, v, 1); }
int	recv(Channel *c, void *v) { return op1(c, CHANRCV, v, 1); }
int	nbsend(Channel *c, void *v) { return op1(c, CHANSND, v, 0); }
int	nbrecv(Channel *c, void *v) { return op1(c, CHANRCV, v, 0); }
int	sendp(Channel *c, void *v) { return op1(c, CHANSND, &v, 1); }
int	nbsendp(Channel *c, void *v) { return op1(c, CHANSND, &v, 0); }
int	sendul(Channel *c, ulong v) { return op1(c, CHANSND, &v, 1); }
int	nbsendul(Channel *c, ulong v) { return op1(c, CHANSND, &v, 0); }

void*
recvp(Channel *c)
{
	void *v;

	return op1(c, CHANRCV, &v, 1) ? v : nil;
}

void*
nbrecvp(Channel *c)
{
	void *v;

	return op1(c, CHANRCV, &v, 0) ? v : nil;
}

ulong
recvul(Channel *c)
{
	ulong v;

	return op1(c, CHANRCV, &v, 1) ? v : 0;
}

ulong
nbrecvul(Channel *c)
{
	ulong v;

	return op1(c, CHANRCV, &v, 0) ? v : 0;
}

void	incref(Ref *r) { __atomic_add_fetch(&r->ref, 1, __ATOMIC_SEQ_CST); }
long	decref(Ref *r) { return __atomic_sub_fetch(&r->ref, 1, __ATOMIC_SEQ_CST); }


void
threadsetid(int id)
{
	myid = id;
}
