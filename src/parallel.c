/*
 * A pool of worker procs (libthread) that split a loop: matmul rows,
 * attention heads. The loop is cut in chunks that the procs take in
 * turn as they come free, so a proc that wakes late or runs slow gets
 * fewer. Each index is computed the same way whichever proc takes it,
 * so results do not depend on the number of threads.
 *
 * A token takes a hundred loops or more, a few tens of microseconds
 * each, and waking a sleeping proc costs as much as a loop (a channel
 * handoff between procs sleeps and wakes in the kernel): so the workers
 * poll for the next loop for a millisecond or so before they sleep on
 * their channel, and the caller polls for the end of a loop. Polling
 * needs a processor for each proc: with more procs than processors a
 * proc holding a chunk waits for one while the others poll, so then
 * the workers sleep at once and the caller yields while it waits.
 */
#include <u.h>
#include <libc.h>
#include <thread.h>
#include "dat.h"
#include "fns.h"

enum {
	Maxprocs	= 64,
	Maxchunks	= 8*Maxprocs,
	Stack		= 32*1024,
	Polls		= 1000000,	/* before a worker sleeps: about a millisecond */
};

typedef struct Work Work;
struct Work {
	void	(*fn)(void*, int, int);
	void	*arg;
	int	*bound;		/* chunk i is [bound[i], bound[i+1]) */
	int	nchunk;
	long	next;		/* chunks taken so far */
	long	busy;		/* workers not done with it */
};

int	nthreads = 1;
static int	nprocs = 1;		/* the caller and the workers made */
static int	ncpus = 1;
static volatile int	polls;		/* a worker's polls before it sleeps */
static QLock	pool;			/* one loop at a time */
static Work	*volatile post[Maxprocs];	/* worker i's next loop */
static long	sleeping[Maxprocs];
static Channel	*wake[Maxprocs];	/* a token for worker i, which sleeps */
static int	bound[Maxchunks+1];	/* the loop's chunks, under pool */

/* a locked add: no load or store moves across it, on any processor */
static void
fence(void)
{
	static long f;

	ainc(&f);
}

/* take chunks until none is left */
static void
drain(Work *w)
{
	int i;

	while((i = ainc(&w->next) - 1) < w->nchunk)
		w->fn(w->arg, w->bound[i], w->bound[i+1]);
}

/*
 * [0, n) cut for k procs: each chunk a 2k-th of what is left, so the
 * last are small and the procs end together, but none below a 16k-th
 * of n (about 6k chunks in all); multiples of align
 */
static int
cut(int *b, int n, int k, int align)
{
	int nc, c, least;

	least = (n + 16*k - 1) / (16*k);
	b[0] = 0;
	for(nc = 0; b[nc] < n; nc++){
		c = (n - b[nc] + 2*k - 1) / (2*k);
		if(c < least)
			c = least;
		c = (c + align - 1) / align * align;
		if(c > n - b[nc] || nc == Maxchunks - 1)
			c = n - b[nc];
		b[nc+1] = b[nc] + c;
	}
	return nc;
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
		for(n = 0; (w = post[i]) == nil; n++){
			if(n < polls)
				continue;
			ainc(&sleeping[i]);
			if(post[i] == nil)
				recvul(wake[i]);
			adec(&sleeping[i]);
			n = 0;
		}
		fence();
		post[i] = nil;
		drain(w);
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
 * fn(arg, lo, hi) over [0, n) in chunks that are multiples of align,
 * smaller as the loop nears its end; the caller takes chunks too
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
	w.next = 0;
	w.busy = k - 1;
	qlock(&pool);
	w.bound = bound;
	w.nchunk = cut(bound, n, k, align);
	polls = k <= ncpus ? Polls : 0;
	fence();
	for(i = 1; i < k; i++)
		post[i] = &w;
	fence();		/* the posts are seen before a worker's sleeping is read */
	for(i = 1; i < k; i++)
		if(sleeping[i] > 0)
			nbsendul(wake[i], 1);
	drain(&w);
	for(p = 0; *(volatile long*)&w.busy > 0; p++)
		if(p >= polls)
			sleep(0);	/* let a worker that woke late have the processor */
	fence();
	qunlock(&pool);
}
