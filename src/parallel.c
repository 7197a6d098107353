/*
 * A pool of worker procs (libthread) that split a loop: matmul rows,
 * attention heads. Each proc has a part of the loop, one after the
 * other, and takes chunks from the front of its own part (a quarter of
 * what is left), so the rows it reads run on from chunk to chunk and
 * the kernels' prefetch of the next rows lands on its next chunk; a
 * proc done with its part takes small chunks from the back of the
 * others', so one that wakes late or runs slow gets less. Each index
 * is computed the same way whichever proc takes it, so results do not
 * depend on the number of threads.
 *
 * A token takes a hundred loops or more, a few tens of microseconds
 * each, and waking a sleeping proc costs as much as a loop (a channel
 * handoff between procs sleeps and wakes in the kernel): so the workers
 * poll for the next loop for a millisecond or so before they sleep on
 * their channel, and the caller polls for the end of a loop. Polling
 * needs a processor for each proc: with more procs than processors a
 * proc holding a chunk waits for one while the others poll, so then
 * the workers sleep at once and the caller yields while it waits. A
 * worker that has not come for a loop by the time its chunks are all
 * taken (asleep, or its processor busy elsewhere) has its post taken
 * back, so no loop waits for a proc to be scheduled.
 */
#include <u.h>
#include <libc.h>
#include <thread.h>
#include "dat.h"
#include "fns.h"

enum {
	Maxprocs	= 64,
	Stack		= 32*1024,
	Line		= 64,
	Polls		= 1000000,	/* before a worker sleeps: about a millisecond */
};

typedef struct Work Work;
struct Work {
	void	(*fn)(void*, int, int);
	void	*arg;
	int	k;		/* procs on it */
	int	align;		/* chunks are multiples of it, but for the loop's last */
	int	least;		/* the smallest chunk */
	long	busy;		/* workers not done with it */
};

/* what is left of proc i's part of the loop, on a cache line of its own */
typedef struct Part Part;
struct Part {
	Lock	lk;
	int	lo;
	int	hi;
	char	pad[Line - sizeof(Lock) - 2*sizeof(int)];
};

int	nthreads = 1;
static int	nprocs = 1;		/* the caller and the workers made */
static int	ncpus = 1;
static volatile int	polls;		/* a worker's polls before it sleeps */
static QLock	pool;			/* one loop at a time */
static Work	*volatile post[Maxprocs];	/* worker i's next loop */
static Lock	claim[Maxprocs];	/* worker i's post, taken by it or withdrawn by the caller */
static long	sleeping[Maxprocs];
static Channel	*wake[Maxprocs];	/* a token for worker i, which sleeps */
static Part	part[Maxprocs];		/* the loop's parts, set under pool */

/* a locked add: no load or store moves across it, on any processor */
static void
fence(void)
{
	static long f;

	ainc(&f);
}

/* the next chunk for proc p: from the front of its own part, else from the back of another's */
static int
take(Work *w, int p, int *lo, int *hi)
{
	Part *q;
	int i, c;

	q = &part[p];
	lock(&q->lk);
	if(q->lo < q->hi){
		c = (q->hi - q->lo) / 4;
		if(c < w->least)
			c = w->least;
		c = (c + w->align - 1) / w->align * w->align;
		*lo = q->lo;
		*hi = q->hi - q->lo > c ? q->lo + c : q->hi;
		q->lo = *hi;
		unlock(&q->lk);
		return 1;
	}
	unlock(&q->lk);
	for(i = 1; i < w->k; i++){
		q = &part[(p + i) % w->k];
		lock(&q->lk);
		if(q->lo < q->hi){
			*hi = q->hi;
			c = (q->hi - w->least) / w->align * w->align;
			*lo = c > q->lo ? c : q->lo;
			q->hi = *lo;
			unlock(&q->lk);
			return 1;
		}
		unlock(&q->lk);
	}
	return 0;
}

/* proc p takes chunks until none is left */
static void
drain(Work *w, int p)
{
	int lo, hi;

	while(take(w, p, &lo, &hi))
		w->fn(w->arg, lo, hi);
}

/* worker i: poll for a loop posted to it, sleeping when none comes */
static void
worker(void *v)
{
	int i, n;
	Work *w;

	i = (int)(uintptr)v;
	threadsetname("worker");
	for(;;){
		for(n = 0; post[i] == nil; n++){
			if(n < polls)
				continue;
			ainc(&sleeping[i]);
			if(post[i] == nil)
				recvul(wake[i]);
			adec(&sleeping[i]);
			n = 0;
		}
		lock(&claim[i]);
		w = post[i];
		if(w != nil)
			post[i] = nil;	/* not otherwise: the caller posts the next loop without the lock */
		unlock(&claim[i]);
		if(w == nil)
			continue;	/* the loop ended without this proc */
		drain(w, i);
		adec(&w->busy);
	}
}

/* processors: one line each in /dev/sysstat */
int
ncpu(void)
{
	char buf[8192];
	long n, i;
	int fd, lines;

	fd = open("/dev/sysstat", OREAD);
	if(fd < 0)
		return 1;
	lines = 0;
	while((n = read(fd, buf, sizeof buf)) > 0)
		for(i = 0; i < n; i++)
			if(buf[i] == '\n')
				lines++;
	close(fd);
	return lines > 0 ? lines : 1;
}

/* n procs in all, the caller's included; n < 1 means one per processor */
void
threadsinit(int n)
{
	int i;

	if(n < 1)
		n = ncpu();
	if(n > Maxprocs)
		n = Maxprocs;
	ncpus = ncpu();
	for(i = nprocs; i < n; i++){
		wake[i] = chancreate(sizeof(ulong), 1);
		if(proccreate(worker, (void*)(uintptr)i, Stack) < 0)
			break;
		nprocs = i + 1;
	}
	nthreads = nprocs;
}

/*
 * fn(arg, lo, hi) over [0, n) in chunks that are multiples of align
 * (the last may end at n), none below a 16k-th of n for k procs; the
 * caller takes chunks too
 */
void
parallel(void (*fn)(void*, int, int), void *arg, int n, int align)
{
	Work w;
	int i, k, p;

	k = nthreads < nprocs ? nthreads : nprocs;
	if(k <= 1 || n < 2*align){
		fn(arg, 0, n);
		return;
	}
	w.fn = fn;
	w.arg = arg;
	w.k = k;
	w.align = align;
	w.least = (n + 16*k - 1) / (16*k);
	w.busy = k - 1;
	qlock(&pool);
	for(i = 0; i < k; i++){
		part[i].lo = (vlong)n*i/k / align * align;
		part[i].hi = i == k-1 ? n : (vlong)n*(i+1)/k / align * align;
	}
	polls = k <= ncpus ? Polls : 0;
	fence();
	for(i = 1; i < k; i++)
		post[i] = &w;
	fence();		/* the posts are seen before a worker's sleeping is read */
	for(i = 1; i < k; i++)
		if(sleeping[i] > 0)
			nbsendul(wake[i], 1);
	drain(&w, 0);
	for(i = 1; i < k; i++){		/* a worker yet to come is not waited for */
		lock(&claim[i]);
		if(post[i] == &w){
			post[i] = nil;
			adec(&w.busy);
		}
		unlock(&claim[i]);
	}
	for(p = 0; *(volatile long*)&w.busy > 0; p++)
		if(p >= polls)
			sleep(0);	/* let a worker that woke late have the processor */
	fence();
	qunlock(&pool);
}
