/*
 * Conversations with a kept KV cache (chat.c) on stories260K, greedy:
 * each turn's reply equals the one the whole history, read from
 * scratch a position at a time, gives; stop strings; a full context
 * refused, or its oldest turns dropped; and run -m chat.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"
#include "test.h"

typedef struct Text Text;
struct Text {
	char	buf[16384];
	int	n;
	int	puts;
};

static void
keep(Gen *g, char *s)
{
	Text *t;
	int n;

	t = g->aux;
	n = strlen(s);
	if(t->n + n < sizeof t->buf){
		memmove(t->buf + t->n, s, n+1);
		t->n += n;
	}
	t->puts++;
}

static void
newtext(Gen *g, Text *t)
{
	memset(g, 0, sizeof *g);
	t->n = 0;
	t->buf[0] = 0;
	t->puts = 0;
	g->put = keep;
	g->aux = t;
}

/* the history as the template renders it: turns k.. of c, the first of them with the system prompt */
static int*
history(Chat *c, int k, int *np)
{
	int *tok, n, i, j;
	Turn *u;

	tok = malloc(c->ctx * 4 * sizeof(int) + 4096);
	n = 0;
	for(i = k; i < c->nturns; i++){
		u = &c->turns[i];
		if(i > k)
			n += tmplclose(c->tmpl, c->t, tok + n);
		n += tmplturn(c->tmpl, c->t, c->sys, u->user, i == k, tok + n);
		if(i < c->nturns - 1)
			for(j = 0; j < u->nreply; j++)
				tok[n++] = u->reply[j];
	}
	*np = n;
	return tok;
}

/*
 * the last turn's reply from scratch: its history through forward
 * a position at a time, then the greedy tokens; 1 if it is the same
 */
static int
fromscratch(Chat *c, int k, int *hist)
{
	State *st;
	Turn *u;
	int *tok, n, i, tk, same;
	float *lg;

	u = &c->turns[c->nturns - 1];
	tok = history(c, k, &n);
	if(hist != nil)
		*hist = n;
	st = newstate(&c->m->c, c->ctx);
	lg = nil;
	for(i = 0; i < n; i++)
		lg = forward(c->m, st, tok[i], i);
	same = lg != nil;
	for(i = 0; i < u->nreply && same; i++){
		tk = argmaxc(lg, c->m->c.vocab);
		if(tk != u->reply[i]){
			fail("turn %d token %d: %d, from scratch %d", c->nturns, i, u->reply[i], tk);
			same = 0;
		}
		if(n + i < c->ctx)
			lg = forward(c->m, st, tk, n + i);
	}
	freestate(st);
	free(tok);
	return same;
}

static char *users[] = {
	"Hello, who are you?",
	"Tell me a story about a cat.",
	"What did the cat eat?",
	"And then?",
	"Thank you, goodbye.",
};

static int
load(Model **m, Tokenizer **t)
{
	*m = openmodel(mpath("stories260K.bin"));
	*t = opentokenizer(mpath("tok512.bin"), 512);
	if(*m == nil || *t == nil){
		fail("stories260K: %r");
		return -1;
	}
	return 0;
}

/* turns of a conversation against the history read from scratch */
static void
kept(Model *m, Tokenizer *t, char *name)
{
	Chat *c;
	Sampler *s;
	Gen g;
	Text out;
	int i, n, hist;

	c = newchat(m, t, tmplbyname(name), 512);
	s = newsampler(m->c.vocab, 0, 0.9, 1);
	chatsystem(c, "You are a kind storyteller.");
	for(i = 0; i < nelem(users); i++){
		newtext(&g, &out);
		n = chatturn(c, users[i], s, 24, &g);
		if(n < 0){
			fail("%s turn %d: %r", name, i);
			break;
		}
		if(!fromscratch(c, 0, &hist))
			break;
		/* the reply's tokens are in the cache but for its last, sampled and not yet read */
		check(n == 24 && c->lastreply == n && c->pos == hist + n - 1 && c->nturns == i+1,
			"%s turn %d: %d tokens, pos %d, history %d", name, i, n, c->pos, hist);
		check(g.pos == c->pos && out.n > 0, "%s turn %d: g.pos %d, %d bytes of reply", name, i, g.pos, out.n);
	}
	check(chatsystem(c, "Too late.") < 0, "a system prompt after the first turn is taken");
	/* reset: the same first turn again, the cache reused */
	chatreset(c);
	check(c->pos == 0 && c->nturns == 0 && chatsystem(c, "You are a kind storyteller.") == 0, "reset");
	newtext(&g, &out);
	n = chatturn(c, users[0], s, 24, &g);
	check(n == 24 && fromscratch(c, 0, nil), "%s after reset: %d tokens", name, n);
	freesampler(s);
	freechat(c);
}

/* a stop string that spans pieces: the text before it is put, it and what follows are not */
static void
stops(Model *m, Tokenizer *t)
{
	Chat *c;
	Sampler *s;
	Gen g;
	Text out;
	char whole[16384], *stop[3], want[16384], *p;
	int n, i, k, off, len;

	c = newchat(m, t, tmplbyname("llama2"), 512);
	s = newsampler(m->c.vocab, 0, 0.9, 1);
	newtext(&g, &out);
	n = chatturn(c, users[1], s, 40, &g);
	strecpy(whole, whole + sizeof whole, out.buf);
	/* the boundary after the fourth piece longer than two bytes, and a stop string across it */
	off = 0;
	k = 0;
	for(i = 0; i < c->turns[0].nreply; i++){
		p = shownpiece(t, i ? c->turns[0].reply[i-1] : 0, c->turns[0].reply[i]);
		len = p ? strlen(p) : 0;
		off += len;
		if(len > 2 && ++k == 4)
			break;
	}
	if(n != 40 || i >= c->turns[0].nreply - 2 || off < 2){
		fail("no reply to stop in: %d tokens %q", n, whole);
		freechat(c);
		freesampler(s);
		return;
	}
	stop[0] = "a stop string it never says";
	stop[1] = smprint("%.4s", whole + off - 2);
	stop[2] = "zzzz";
	p = strstr(whole, stop[1]);
	snprint(want, sizeof want, "%.*s", (int)(p - whole), whole);
	chatreset(c);
	check(chatstops(c, stop, 3) == 0, "chatstops: %r");
	newtext(&g, &out);
	n = chatturn(c, users[1], s, 40, &g);
	check(strcmp(out.buf, want) == 0, "stop %q: reply %q, want %q", stop[1], out.buf, want);
	check(n < 40 && n == c->lastreply && fromscratch(c, 0, nil), "stopped after %d tokens", n);
	/* a stop string at the very start of the reply puts nothing */
	chatreset(c);
	stop[0] = smprint("%.3s", whole);
	chatstops(c, stop, 1);
	newtext(&g, &out);
	chatturn(c, users[1], s, 40, &g);
	check(out.n == 0, "stop at the start: reply %q", out.buf);
	/* none: the whole reply */
	chatreset(c);
	chatstops(c, nil, 0);
	newtext(&g, &out);
	chatturn(c, users[1], s, 40, &g);
	check(strcmp(out.buf, whole) == 0, "stops cleared: %q", out.buf);
	free(stop[0]);
	free(stop[1]);
	freesampler(s);
	freechat(c);
}

/* a turn that does not fit is refused, and the conversation goes on as it was */
static void
full(Model *m, Tokenizer *t)
{
	Chat *c;
	Sampler *s;
	Gen g;
	Text out;
	int i, n, pos, turns;
	char err[ERRMAX];

	c = newchat(m, t, tmplbyname("llama2"), 128);
	s = newsampler(m->c.vocab, 0, 0.9, 1);
	n = 0;
	for(i = 0; i < 20 && n >= 0; i++){
		pos = c->pos;
		turns = c->nturns;
		newtext(&g, &out);
		n = chatturn(c, users[i % nelem(users)], s, 16, &g);
	}
	rerrstr(err, sizeof err);
	check(n < 0 && strncmp(err, "context full: ", 14) == 0 && c->pos == pos && c->nturns == turns && turns > 1,
		"turn %d: %d (%s), pos %d, %d turns", i, n, err, c->pos, c->nturns);
	freechat(c);
	/* one turn longer than the context */
	c = newchat(m, t, tmplbyname("llama2"), 32);
	n = chatturn(c, "Once upon a time there was a little girl named Lily who loved to play in the park with her friends.", s, 8, &g);
	rerrstr(err, sizeof err);
	check(n < 0 && strncmp(err, "context full: ", 14) == 0 && c->pos == 0 && c->nturns == 0, "long turn: %d (%s)", n, err);
	freesampler(s);
	freechat(c);
}

/* drop: the oldest turns go, the system prompt and the latest are read again, and the reply is the history's */
static void
drop(Model *m, Tokenizer *t)
{
	Chat *c;
	Sampler *s;
	Gen g;
	Text out;
	int i, n, dropped, before;
	char *line;

	c = newchat(m, t, tmplbyname("chatml"), 160);
	c->drop = 1;
	s = newsampler(m->c.vocab, 0, 0.9, 1);
	chatsystem(c, "You are kind.");
	dropped = 0;
	for(i = 0; i < 12; i++){
		before = c->nturns;
		newtext(&g, &out);
		n = chatturn(c, users[i % nelem(users)], s, 16, &g);
		if(n < 0){
			fail("drop turn %d: %r", i);
			break;
		}
		if(c->nturns <= before){
			dropped++;
			/* what was kept was read from the start of the cache */
			check(c->lastprompt + n - 1 == c->pos, "turn %d: prompt %d, reply %d, pos %d", i, c->lastprompt, n, c->pos);
		}
		if(!fromscratch(c, 0, nil))
			break;
	}
	check(dropped > 0 && c->pos <= c->ctx, "no turn was dropped in %d turns (pos %d)", i, c->pos);
	note("%d turns in %d positions, %d of them dropping older ones", i, c->ctx, dropped);
	/* a turn that fits in no context is refused, and nothing is dropped */
	before = c->nturns;
	n = c->pos;
	line = malloc(2048);
	line[0] = 0;
	while(strlen(line) < 1000)
		strcat(line, "Once upon a time. ");
	i = chatturn(c, line, s, 16, &g);
	check(i < 0 && c->nturns == before && c->pos == n, "drop: a turn too long: %d, %d turns of %d, pos %d of %d",
		i, c->nturns, before, c->pos, n);
	free(line);
	freesampler(s);
	freechat(c);
}

/* g->stopped while the prompt is read: the turn never was */
static int
stopnow(Gen*)
{
	return 1;
}

static void
stopped(Model *m, Tokenizer *t)
{
	Chat *c;
	Sampler *s;
	Gen g;
	Text out;
	int n, pos;

	c = newchat(m, t, tmplbyname("llama2"), 256);
	s = newsampler(m->c.vocab, 0, 0.9, 1);
	newtext(&g, &out);
	chatturn(c, users[0], s, 8, &g);
	pos = c->pos;
	newtext(&g, &out);
	g.stopped = stopnow;
	n = chatturn(c, "Once upon a time there was a little girl named Lily who loved to play in the park with her friends.", s, 8, &g);
	check(n == 0 && c->pos == pos && c->nturns == 1 && out.n == 0, "stopped prompt: %d, pos %d of %d, %d turns", n, c->pos, pos, c->nturns);
	newtext(&g, &out);
	n = chatturn(c, users[1], s, 8, &g);
	check(n == 8 && fromscratch(c, 0, nil), "after a stopped prompt: %d", n);
	freesampler(s);
	freechat(c);
}

void
testchat(void)
{
	Model *m;
	Tokenizer *t;

	if(load(&m, &t) < 0)
		return;
	kept(m, t, "llama2");
	kept(m, t, "chatml");
	kept(m, t, "zephyr");
	stops(m, t);
	full(m, t);
	drop(m, t);
	stopped(m, t);
	freetokenizer(t);
	freemodel(m);
}

/* the reply Chat gives to user as run's first turn */
static char*
inprocess(Model *m, Tokenizer *t, char *name, char *sys, char *user, int steps)
{
	Chat *c;
	Sampler *s;
	Gen g;
	static Text out;

	c = newchat(m, t, tmplbyname(name), steps);
	s = newsampler(m->c.vocab, 0, 0.9, 1);
	chatsystem(c, sys);
	newtext(&g, &out);
	chatturn(c, user, s, c->ctx, &g);
	freesampler(s);
	freechat(c);
	return out.buf;
}

/* run -m chat with standard input: its turns are Chat's; -T names the template */
void
testchatrun(void)
{
	Model *m;
	Tokenizer *t;
	char *argv[20], *in, *out, *err, *want, *line;
	int n, r, i;

	if(load(&m, &t) < 0)
		return;
	/* a turn longer than llama2.c's 512-byte buffers */
	line = malloc(1024);
	line[0] = 0;
	for(i = 0; strlen(line) < 700; i++)
		strcat(line, users[i % nelem(users)]);
	in = tpath("chat.in");
	writefile(in, smprint("%s\nmore\n", line), strlen(line) + 6);
	n = 0;
	argv[n++] = bpath("run");
	argv[n++] = mpath("stories260K.bin");
	argv[n++] = "-z";
	argv[n++] = mpath("tok512.bin");
	argv[n++] = "-m";
	argv[n++] = "chat";
	argv[n++] = "-t";
	argv[n++] = "0";
	argv[n++] = "-n";
	argv[n++] = "512";
	argv[n++] = "-y";
	argv[n++] = "You are kind.";
	argv[n] = nil;
	r = runprogin(argv, in, 120, &out, &err);
	want = smprint("User: Assistant: %s\n\n", inprocess(m, t, "llama2", "You are kind.", line, 512));
	check(r == 0 && out != nil && strcmp(out, want) == 0, "run -m chat: status %d, out %q, want %q, err %q", r, out, want, err);
	argv[n++] = "-T";
	argv[n++] = "chatml";
	argv[n] = nil;
	r = runprogin(argv, in, 120, &out, &err);
	want = smprint("User: Assistant: %s\n\n", inprocess(m, t, "chatml", "You are kind.", line, 512));
	check(r == 0 && out != nil && strcmp(out, want) == 0, "run -m chat -T chatml: status %d, out %q, want %q", r, out, want);
	argv[n-1] = "alpaca";
	r = runprogin(argv, in, 120, &out, &err);
	check(r != 0 && err != nil && strstr(err, "run: -T alpaca: unknown template alpaca: known are llama2 llama3 chatml") != nil,
		"-T alpaca: status %d, err %q", r, err);
	/* the system prompt asked for, then the turns, until the context is full */
	writefile(in, "Be brief.\nHi\n", 13);
	argv[n-2] = nil;
	argv[n-4] = "-i";
	argv[n-3] = "Hello";
	r = runprogin(argv, in, 120, &out, &err);
	want = smprint("Enter system prompt (optional): Assistant: %s\n\n", inprocess(m, t, "llama2", "Be brief.", "Hello", 512));
	check(r == 0 && out != nil && strcmp(out, want) == 0, "run -m chat -i: status %d, out %q, want %q", r, out, want);
	remove(in);
	free(line);
	freetokenizer(t);
	freemodel(m);
}
