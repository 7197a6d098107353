/*
 * A conversation whose KV cache is kept from turn to turn: a turn's
 * prompt (its template's rendering) and the reply go into the cache
 * after what is there, so a turn costs its own tokens only. When the
 * cache is full, the turn is refused, or the oldest turns are dropped
 * and what is kept (the system prompt and the latest turns) is read
 * again into the cache from its start.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"

Chat*
newchat(Model *m, Tokenizer *t, Tmpl *tm, int ctx)
{
	Chat *c;

	if(ctx <= 0 || ctx > m->c.seqlen)
		ctx = m->c.seqlen;
	c = emalloc(sizeof *c);
	if(c == nil)
		return nil;
	c->st = newstate(&m->c, ctx);
	if(c->st == nil){
		free(c);
		return nil;
	}
	c->m = m;
	c->t = t;
	c->tmpl = tm;
	c->ctx = ctx;
	c->owed = -1;
	return c;
}

static void
freeturns(Chat *c, int n)
{
	int i;

	for(i = 0; i < n; i++){
		free(c->turns[i].user);
		free(c->turns[i].reply);
	}
	if(n < c->nturns)
		memmove(c->turns, c->turns + n, (c->nturns - n) * sizeof c->turns[0]);
	c->nturns -= n;
}

void
chatreset(Chat *c)
{
	freeturns(c, c->nturns);
	c->pos = 0;
	c->owed = -1;
	c->lastprompt = c->lastreply = 0;
	c->stops.nheld = 0;
}

void
freechat(Chat *c)
{
	if(c == nil)
		return;
	chatreset(c);
	stopsfree(&c->stops);
	freestate(c->st);
	free(c->turns);
	free(c->sys);
	free(c->tok);
	free(c);
}

int
chatsystem(Chat *c, char *sys)
{
	char *s;

	if(c->nturns > 0 || c->pos > 0){
		werrstr("system prompt after the first turn");
		return -1;
	}
	s = sys != nil ? strdup(sys) : nil;
	if(sys != nil && s == nil){
		werrstr("out of memory");
		return -1;
	}
	free(c->sys);
	c->sys = s;
	return 0;
}

int
chatstops(Chat *c, char **stop, int n)
{
	return stopsset(&c->stops, stop, n);
}

/* room for n tokens in c->tok */
static int
room(Chat *c, int n)
{
	int *p;

	if(n <= c->ntok)
		return 0;
	p = realloc(c->tok, n * sizeof p[0]);
	if(p == nil){
		werrstr("out of memory");
		return -1;
	}
	c->tok = p;
	c->ntok = n;
	return 0;
}

/*
 * the tokens of turns k.. and then of user's, into c->tok from
 * index at: turn k renders as the first (with the system prompt);
 * every reply is closed as the template closes one
 */
static int
history(Chat *c, int k, char *user, int at)
{
	Turn *u;
	int n, r, i, first;

	n = at;
	r = 0;
	for(i = k; i < c->nturns; i++)
		r += tmplroom(c->tmpl, c->sys, c->turns[i].user) + c->turns[i].nreply;
	if(room(c, n + r + tmplroom(c->tmpl, c->sys, user) + 1) < 0)
		return -1;
	for(i = k; i <= c->nturns; i++){
		first = i == k;
		if(!first && (r = tmplclose(c->tmpl, c->t, c->tok + n)) < 0)
			return -1;
		n += first ? 0 : r;
		u = i < c->nturns ? &c->turns[i] : nil;
		if((r = tmplturn(c->tmpl, c->t, c->sys, u ? u->user : user, first, c->tok + n)) < 0)
			return -1;
		n += r;
		if(u != nil && u->nreply > 0){
			memmove(c->tok + n, u->reply, u->nreply * sizeof(int));
			n += u->nreply;
		}
	}
	return n - at;
}

/* the prompt of a turn in c->tok; *from is where it goes in the cache */
static int
prompt(Chat *c, char *user, int want, int *from)
{
	int n, k;

	*from = c->pos;
	if(c->nturns == 0)
		return history(c, 0, user, 0);
	/* after the kept cache: the last reply's last token, its closing and the turn */
	n = 0;
	if(room(c, tmplroom(c->tmpl, nil, user) + 1) < 0)
		return -1;
	if(c->owed >= 0)
		c->tok[n++] = c->owed;
	if((k = tmplclose(c->tmpl, c->t, c->tok + n)) < 0)
		return -1;
	n += k;
	if((k = tmplturn(c->tmpl, c->t, c->sys, user, 0, c->tok + n)) < 0)
		return -1;
	n += k;
	if(c->pos + n + want <= c->ctx || !c->drop)
		return n;
	/* drop the oldest turns until the rest and this one fit */
	for(k = 1; k <= c->nturns; k++){
		n = history(c, k, user, 0);
		if(n < 0 || n + want <= c->ctx)
			break;
	}
	if(n < 0)
		return -1;
	if(n >= c->ctx){
		*from = 0;
		return n;	/* refused: nothing is dropped */
	}
	freeturns(c, k > c->nturns ? c->nturns : k);
	c->owed = -1;
	*from = 0;
	return n;
}

static int
addturn(Chat *c, char *user)
{
	Turn *t;

	t = realloc(c->turns, (c->nturns + 1) * sizeof t[0]);
	if(t == nil){
		werrstr("out of memory");
		return -1;
	}
	c->turns = t;
	t += c->nturns;
	memset(t, 0, sizeof *t);
	t->user = strdup(user);
	if(t->user == nil){
		werrstr("out of memory");
		return -1;
	}
	c->nturns++;
	return 0;
}

static int
addreply(Turn *t, int tok)
{
	int *p;

	if((t->nreply & (t->nreply - 1)) == 0){
		p = realloc(t->reply, (t->nreply ? 2*t->nreply : 16) * sizeof p[0]);
		if(p == nil){
			werrstr("out of memory");
			return -1;
		}
		t->reply = p;
	}
	t->reply[t->nreply++] = tok;
	return 0;
}

/*
 * a sampled token of the reply: 1 ends the turn (the template's end of
 * turn, a stop string, the reply's limit or the cache full, a stop
 * asked for); the position it would take is where the cache ends, and
 * a token that ends the reply other than as its template does is owed
 * to the cache by the next turn
 */
static int
took(Genjob *j, int next)
{
	Chat *c;
	Turn *u;
	char *piece;
	int hit, end;

	c = j->aux;
	u = &c->turns[c->nturns - 1];
	if(c->start == 0)
		c->start = nsec();
	c->pos = j->base + j->pos;
	c->owed = -1;
	if(tmpleot(c->tmpl, c->t, next))
		return 1;
	if(addreply(u, next) < 0){
		c->failed = 1;
		return 1;
	}
	piece = shownpiece(c->t, j->token, next);
	hit = piece != nil ? stopsput(&c->stops, piece, j->g) : 0;
	if(hit < 0){
		c->failed = 1;
		return 1;
	}
	end = hit || u->nreply == c->maxreply || c->pos >= c->ctx
		|| (j->g->stopped != nil && j->g->stopped(j->g));
	if(end)
		c->owed = next;
	return end;
}

/*
 * A turn a step at a time, so that llmfs's batches can take it:
 * chatbegin renders the turn and sets j to read its prompt into the
 * cache after what is there and then to reply, a token a step;
 * chatend finishes the turn. chatturn runs one alone.
 */
int
chatbegin(Chat *c, Genjob *j, char *user, Sampler *s, int maxreply, Gen *g)
{
	int n, from, want;

	if(user == nil)
		user = "";
	g->tps = 0;
	want = maxreply > 0 && maxreply < c->ctx/2 ? maxreply : 1;
	n = prompt(c, user, want, &from);
	if(n < 0)
		return -1;
	if(n == 0 || from + n >= c->ctx){
		werrstr("context full: the turn's %d tokens do not fit after %d of %d positions", n, from, c->ctx);
		return -1;
	}
	if(addturn(c, user) < 0)
		return -1;
	c->lastprompt = n;
	c->lastreply = 0;
	c->maxreply = maxreply;
	c->start = 0;
	c->failed = 0;
	c->stops.nheld = 0;
	memset(j, 0, sizeof *j);
	j->m = c->m;
	j->t = c->t;
	j->s = s;
	j->g = g;
	j->st = c->st;
	j->tok = c->tok;
	j->ntok = n;
	j->base = from;
	j->pre = n - 1;
	j->steps = c->ctx - from;
	j->token = c->tok[0];
	j->took = took;
	j->aux = c;
	return 0;
}

/* the last turn gone: its prompt was stopped */
static void
unturn(Chat *c)
{
	Turn *u;

	u = &c->turns[--c->nturns];
	free(u->user);
	free(u->reply);
}

/* the reply's tokens, or -1 with errstr */
int
chatend(Chat *c, Genjob *j)
{
	Turn *u;
	vlong t;

	if(j->pos < j->ntok){
		/* stopped in the prompt: the turn never was; what it wrote past pos is overwritten later */
		if(j->base == c->pos)
			unturn(c);
		else{
			freeturns(c, c->nturns);
			c->pos = 0;
			c->owed = -1;
		}
		j->g->pos = c->pos;
		return 0;
	}
	u = &c->turns[c->nturns - 1];
	stopsflush(&c->stops, j->g);
	t = nsec() - c->start;
	j->g->tps = c->start != 0 && t > 0 ? u->nreply / (t / 1e9) : 0;
	c->lastreply = u->nreply;
	if(c->failed){
		werrstr("out of memory");
		return -1;
	}
	return u->nreply;
}

int
chatturn(Chat *c, char *user, Sampler *s, int maxreply, Gen *g)
{
	Genjob j;

	if(chatbegin(c, &j, user, s, maxreply, g) < 0)
		return -1;
	while(genalone(&j))
		;
	return chatend(c, &j);
}
