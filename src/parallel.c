/*
 * A pool of worker procs (libthread) that split a loop: matmul rows,
 * attention heads. The loop is cut in chunks that the procs take in
 * turn as they come free, so a proc that wakes late or runs slow gets
 * fewer. Each index is computed the same way whichever proc takes it,
 * so results do not depend on the number of threads.
 */
#include <u.h>
#include <libc.h>
#include <thread.h>
#include "dat.h"
#include "fns.h"

enum {
	Maxprocs	= 64,
	Stack		= 32*1024,
};

typedef struct Work Work;
struct Work {
	void	(*fn)(void*, int, int);
	void	*arg;
	int	n;
	int	chunk;
	long	next;		/* chunks taken so far */
};

int	nthreads = 1;
static Channel	*todo[Maxprocs];
static Channel	*done;
static QLock	pool;		/* one parallel loop at a time */

/* take chunks until none is left */
static void
drain(Work *w)
{
	int lo;

	while((lo = (ainc(&w->next) - 1) * w->chunk) < w->n)
		w->fn(w->arg, lo, lo + w->chunk < w->n ? lo + w->chunk : w->n);
}

static void
worker(void *v)
{
	Channel *c;
	Work *w;

	c = v;
	threadsetname("worker");
	while((w = recvp(c)) != nil){
		drain(w);
		sendp(done, w);
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
	if(done == nil)
		done = chancreate(sizeof(Work*), Maxprocs);
	for(i = nthreads; i < n; i++){
		todo[i] = chancreate(sizeof(Work*), 1);	/* the dispatcher does not wait for the pickup */
		if(proccreate(worker, todo[i], Stack) < 0)
			break;
	}
	if(i > nthreads)
		nthreads = i;
}

/*
 * fn(arg, lo, hi) over [0, n) in chunks that are multiples of align,
 * about four per proc; the caller takes chunks too
 */
void
parallel(void (*fn)(void*, int, int), void *arg, int n, int align)
{
	Work w;
	int i, k, chunks, started;

	k = nthreads;
	if(k <= 1 || n < 2*align){
		fn(arg, 0, n);
		return;
	}
	w.fn = fn;
	w.arg = arg;
	w.n = n;
	w.chunk = (n + 4*k - 1) / (4*k);
	w.chunk = (w.chunk + align - 1) / align * align;
	w.next = 0;
	chunks = (n + w.chunk - 1) / w.chunk;
	qlock(&pool);
	started = 0;
	for(i = 1; i < k && i < chunks; i++){
		sendp(todo[i], &w);
		started++;
	}
	drain(&w);
	while(started-- > 0)
		recvp(done);
	qunlock(&pool);
}
