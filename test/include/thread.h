/*
 * Host layer: the subset of 9front's <thread.h> that 9ml uses, with
 * its prototypes (thread(2)); test/host/thread.c implements it on
 * POSIX threads. Each proc is a POSIX thread; threads made with
 * threadcreate are procs too (9ml never relies on their cooperative
 * scheduling).
 */
/* glibc's sockets have send and recv too */
#define	send	p9send
#define	recv	p9recv

typedef struct Alt	Alt;
typedef struct Channel	Channel;
typedef struct Ref	Ref;

struct Channel {
	int	s;		/* size of the buffer; 0: unbuffered */
	uint	f;		/* extraction point */
	uint	n;		/* values in the buffer */
	int	e;		/* element size */
	int	freed;
	int	closed;
	int	full;		/* unbuffered: a sender's value is in v */
	uvlong	sent, taken;	/* unbuffered handoffs made and taken */
	int	insend;		/* senders not yet back from a handoff */
	int	nrecv;		/* receivers waiting */
	uchar	*v;		/* the buffer: s values, or one when unbuffered */
};

typedef enum {
	CHANEND,
	CHANSND,
	CHANRCV,
	CHANNOP,
	CHANNOBLK,
} ChanOp;

struct Alt {
	Channel	*c;
	void	*v;
	ChanOp	op;
	char	*err;
	Channel	**tag;
	int	entryno;
};

struct Ref {
	long	ref;
};

int	alt(Alt alts[]);
int	chanclose(Channel*);
Channel*chancreate(int elemsize, int bufsize);
void	chanfree(Channel *c);
long	decref(Ref *r);
void	incref(Ref *r);
int	nbrecv(Channel *c, void *v);
void*	nbrecvp(Channel *c);
ulong	nbrecvul(Channel *c);
int	nbsend(Channel *c, void *v);
int	nbsendp(Channel *c, void *v);
int	nbsendul(Channel *c, ulong v);
int	proccreate(void (*f)(void *arg), void *arg, uint stacksize);
int	recv(Channel *c, void *v);
void*	recvp(Channel *c);
ulong	recvul(Channel *c);
int	send(Channel *c, void *v);
int	sendp(Channel *c, void *v);
int	sendul(Channel *c, ulong v);
int	threadcreate(void (*f)(void *arg), void *arg, uint stacksize);
void	threadexits(char *);
void	threadexitsall(char *);
int	threadid(void);
void	threadmain(int argc, char *argv[]);
void	threadsetname(char *fmt, ...);
void	yield(void);

extern	int	mainstacksize;
