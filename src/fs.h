/* llmfs: the file tree, sessions and their generations */

enum {		/* qid path types; a session's files add its number << 8 */
	Qroot = 1,
	Qctl,
	Qmodel,
	Qclone,
	Qpool,
	Qpcount,
	Qpmemory,
	Qplist,
	Qsess,
	Qsctl,
	Qsmodel,
	Qsprompt,
	Qsoutput,
	Qsstream,
	Qsstatus,
	Qssystem,
	Qschat,
	Qmax,
};

enum {		/* session states */
	Sidle,
	Sgen,
	Sdone,
	Serror,
};

enum {
	Maxprompt	= 1<<20,
	Maxsessions	= 256,	/* open sessions, all users */
	Maxusersessions	= 32,	/* open sessions of one user */
	Maxstops	= 64,	/* a session's stop strings */
	Maxstopbytes	= 4096,	/* and their bytes */
	Maxparked	= 64,	/* a session's reads waiting for text: each holds a buffer of its count */
	Maxconns	= 64,	/* network connections served at once; more calls wait in a queue */
	Maxsyswaiting	= 4,	/* of those, from one system and not attached */
	Attachsecs	= 10,	/* such a connection not attached by then is hung up */
	Maxsysqueued	= 64,	/* a system's calls in the queue; more are hung up */
};

typedef struct Session Session;
typedef struct Faux Faux;

struct Session {
	Ref	ref;		/* the table, fids, the generator */
	QLock	lk;
	ulong	id;		/* never reused */
	char	*uid;		/* who cloned it: its files are theirs */
	void	*conn;		/* the connection (Srv) that cloned it; nil once it is gone */
	int	nfid;		/* fids naming it; none and no conn: reclaimed */
	int	closed;
	ulong	vers;		/* bumped when anything of it changes */
	float	temp;
	float	topp;
	uvlong	seed;
	int	steps;
	char	*model;		/* pool name; nil: the default */
	char	*prompt;
	long	nprompt;
	long	aprompt;
	char	*sys;		/* a conversation's system prompt */
	long	nsys;
	long	asys;
	char	*tmpl;		/* its template's name; nil: the model file's */
	int	drop;		/* a turn past the context drops the oldest turns, or is refused */
	char	**stops;	/* stop strings */
	int	nstops;
	Chat	*chat;		/* the conversation, from its first turn to a reset */
	Poolent	*chate;		/* the model it holds */
	Sampler	*chats;		/* and its sampler, seeded once */
	char	*out;		/* append-only */
	long	nout;
	long	aout;
	long	rstart;		/* where the reply stream reads begins */
	int	ntok;		/* prompt tokens of the last generation or turn */
	int	ngen;		/* tokens it generated */
	int	state;
	int	pos;		/* positions run */
	int	total;		/* positions asked for */
	double	tps;
	char	err[ERRMAX];
	int	stop;
	vlong	cache;		/* bytes of the running generation's state */
	Req	*parked;	/* reads of output and stream waiting for text, through r->aux */
	int	nparked;	/* how many */
	Session	*next;
};

/* per-fid state: what the fid names, and what an open of it made */
struct Faux {
	int	type;
	Session	*s;
	ulong	*ids;		/* root directory reads: the sessions when the read began */
	int	nids;
};

extern	Pool	pool;
extern	char	*owner;
extern	ulong	boottime;

/* session.c */
int	sessinit(void);
Session*	newsession(char*, void*);
Session*	findsession(ulong);
void	sessfid(Session*, int);
void	sessconnend(void*);
void	sessdecref(Session*);
void	sessclose(Session*);
int	nsessions(void);
ulong*	sessionids(char*, int*);
vlong	sessbytes(void);
int	generating(void);
int	batchpeak(void);
char*	sessctl(Session*, char**, int, char*);
char*	sessmodel(Session*, char*);
char*	sessprompt(Session*, vlong, char*, long);
char*	sesssystem(Session*, vlong, char*, long);
int	sesschat(Session*, char*, long);
char*	sesssys(Session*);
void	sessread(Session*, int, Req*);
char*	sessstatus(Session*);
char*	sesssettings(Session*);
int	unpark(Req*);

/* replies.c */
void	replystart(Srv*);
void	replylater(Req*);
void	replyend(Srv*);
void	replyfree(Srv*);

/* net.c */
void	announcefs(Srv*, char*, int);
void	netattached(Srv*);
void	netcount(int*, int*, int*);
