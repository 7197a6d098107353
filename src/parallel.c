/*
 * A pool of worker procs (libthread) that split a loop: matmul rows,
 * attention heads. Each index is computed the same way whichever proc
 * takes it, so results do not depend on the number of threads.
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
	int	lo;
	int	hi;
};

int	nthreads = 1;
static Channel	*todo[Maxprocs];
static Channel	*done;
static QLock	pool;		/* one parallel loop at a time */

static void
worker(void *v)
{
	Channel *c;
	Work *w;

	c = v;
	threadsetname("worker");
	while((w = recvp(c)) != nil){
		w->fn(w->arg, w->lo, w->hi);
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

/* fn(arg, lo, hi) over [0, n) in parts that are multiples of align; the caller does the first */
void
parallel(void (*fn)(void*, int, int), void *arg, int n, int align)
{
	Work w[Maxprocs];
	int i, k, per, started;

	k = nthreads;
	if(k <= 1 || n < 2*align){
		fn(arg, 0, n);
		return;
	}
	per = (n + k - 1) / k;
	per = (per + align - 1) / align * align;
	qlock(&pool);
	started = 0;
	for(i = 1; i < k && i*per < n; i++){
		w[i].fn = fn;
		w[i].arg = arg;
		w[i].lo = i*per;
		w[i].hi = (i+1)*per < n ? (i+1)*per : n;
		sendp(todo[i], &w[i]);
		started++;
	}
	fn(arg, 0, per < n ? per : n);
	while(started-- > 0)
		recvp(done);
	qunlock(&pool);
}
