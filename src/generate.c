/*
 * The generation loops of llama2.c: generate continues a prompt and
 * hands its text to a Gen (run's prints it, llmfs's keeps it); chatrun
 * runs the dialogue on standard input and output as a Chat (chat.c) in
 * a template (template.c).
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"

/*
 * Is the piece output? Byte-level BPE: when not empty. SentencePiece:
 * not when it is a lone byte that is neither printable nor space (the
 * byte pieces of a character, as llama2.c drops them).
 */
static int
shown(Tokenizer *t, char *p)
{
	int c;

	if(p == nil || p[0] == 0)
		return 0;
	if(t->kind == Tspm && p[1] == 0){
		c = (uchar)p[0];
		if(!(c >= ' ' && c < 0x7F) && !(c == ' ' || (c >= '\t' && c <= '\r')))
			return 0;
	}
	return 1;
}

/* does the model end its text with tok? at BOS, as llama2.c; with byte-level BPE, at any control token */
static int
endstext(Tokenizer *t, int tok)
{
	if(t->kind == Tbpe)
		return tok >= 0 && tok < t->n && t->type[tok] == Tcontrol;
	return tok == t->bos;
}

/* the text of tok after prev, if it is output; nil if not */
char*
shownpiece(Tokenizer *t, int prev, int tok)
{
	char *p;

	p = decode(t, prev, tok);
	return shown(t, p) ? p : nil;
}

typedef struct Genstop Genstop;
struct Genstop {
	Gen	*g;
	int	stopped;	/* g said so while the prompt was encoded */
};

static int
encstopped(void *v)
{
	Genstop *s;

	s = v;
	if(s->g->stopped != nil && s->g->stopped(s->g))
		s->stopped = 1;
	return s->stopped;
}

/*
 * A generation a step at a time, so that one proc can take many
 * (llmfs's batches): genbegin encodes the prompt, genrows gives the
 * rows the next step runs, genstep takes what they gave, genend
 * finishes. generate runs one alone.
 */
int
genbegin(Genjob *j, Model *m, Tokenizer *t, Sampler *s, char *prompt, int steps, Gen *g)
{
	Genstop gs;

	memset(j, 0, sizeof *j);
	j->m = m;
	j->t = t;
	j->s = s;
	j->g = g;
	j->steps = steps;
	g->pos = 0;
	g->tps = 0;
	if(prompt == nil)
		prompt = "";
	j->tok = emalloc((strlen(prompt) + 3) * sizeof(int));
	if(j->tok == nil)
		return -1;
	gs.g = g;
	gs.stopped = 0;
	j->ntok = encodestop(t, prompt, 1, 0, j->tok, encstopped, &gs);
	g->ntok = j->ntok > 0 ? j->ntok : 0;
	if(j->ntok < 0 && gs.stopped){
		j->over = 1;
		return 0;
	}
	if(j->ntok == 0)
		werrstr("nothing to start from: empty prompt and no BOS token");
	j->st = j->ntok > 0 ? newstate(&m->c, steps) : nil;
	if(j->st == nil){
		free(j->tok);
		j->tok = nil;
		return -1;
	}
	j->token = j->tok[0];
	j->pre = j->ntok - 1 < steps ? j->ntok - 1 : steps;	/* positions whose logits go unused */
	return 0;
}

/*
 * the rows of the next step, at most max, into q: a prompt's next
 * positions (*logits 0), or the last token (*logits 1); 0 when over
 */
int
genrows(Genjob *j, Seq *q, int max, int *logits)
{
	int i, n;

	*logits = 0;
	if(j->over || j->pos >= j->steps)
		return 0;
	if(j->pos < j->pre){
		n = j->pre - j->pos;
		if(n > max)
			n = max;
		if(n > j->st->batch)
			n = j->st->batch;
		for(i = 0; i < n; i++){
			q[i].s = j->st;
			q[i].pos = j->base + j->pos + i;
			q[i].tok = j->tok[j->pos + i];
		}
		return n;
	}
	if(max < 1)
		return 0;
	q[0].s = j->st;
	q[0].pos = j->base + j->pos;
	q[0].tok = j->token;
	*logits = 1;
	return 1;
}

/* does the next step want logits (the last token's, to sample)? */
int
genlogits(Genjob *j)
{
	return !j->over && j->pos < j->steps && j->pos >= j->pre;
}

/*
 * position pos is done and next follows it, sampled or the prompt's:
 * its text out; 1 when the generation is over. A conversation's turn
 * shows no prompt, and its took decides on each sampled token.
 */
static int
advance(Genjob *j, int next, int sampled)
{
	char *piece;

	j->pos++;
	j->g->pos = j->base + j->pos;
	if(j->took != nil && sampled){
		if(j->took(j, next))
			return j->over = 1;
		j->token = next;
		return 0;
	}
	if(j->took == nil && endstext(j->t, next))
		return j->over = 1;
	piece = j->took == nil ? shownpiece(j->t, j->token, next) : nil;
	j->token = next;
	if(piece != nil){
		if(j->stops == nil || j->pos <= j->pre)	/* the prompt's own text is not looked at */
			j->g->put(j->g, piece);
		else if(stopsput(j->stops, piece, j->g) != 0)
			return j->over = 1;	/* a stop string, or no memory to look for one */
	}
	if(j->start == 0){
		j->start = nsec();
		j->first = j->done > j->pos ? j->done : j->pos;	/* what the first step ran, which the rate leaves out as llama2.c's */
	}
	if(j->g->stopped != nil && j->g->stopped(j->g))
		return j->over = 1;
	if(j->pos >= j->steps)
		return j->over = 1;
	return 0;
}

/* the step ran n rows of genrows: logits are the last one's when it asked for them */
void
genstep(Genjob *j, int n, float *logits)
{
	if(logits != nil){
		advance(j, sample(j->s, logits), 1);
		return;
	}
	j->done += n;
	while(j->pos < j->done && !j->over)
		advance(j, j->tok[j->pos + 1], 0);
}

/* is it over? */
int
genfinished(Genjob *j)
{
	return j->over || j->pos >= j->steps;
}

/* a step of j alone, in its own state; 0 when it is over */
int
genalone(Genjob *j)
{
	Seq q[Batch];
	int n, lg;

	if((n = genrows(j, q, Batch, &lg)) == 0)
		return 0;
	if(lg)
		genstep(j, n, forward(j->m, j->st, q[0].tok, q[0].pos));
	else
		genstep(j, forwardn(j->m, j->st, j->tok + j->pos, n, q[0].pos), nil);
	return 1;
}

/*
 * a step of the generations js[0..nj-1] together in the batch state bs:
 * the rows wanting logits first, from *turn on (more generations than
 * rows take turns), then prompts' rows up to Batch; every row's
 * numbers are what it gets alone. Returns how many generations sampled.
 */
int
genbatch(State *bs, Genjob **js, int nj, int *turn)
{
	Seq q[Batch];
	Genjob *j;
	Model *m;
	float *lg;
	int i, k, n, nl, pass;

	if(nj == 0)
		return 0;
	m = js[0]->m;
	for(i = 0; i < nj; i++)
		js[i]->nrow = 0;
	n = k = nl = 0;
	for(pass = 0; pass < 2; pass++){
		for(i = 0; i < nj && n < Batch; i++){
			j = js[(*turn + i) % nj];
			if(genlogits(j) != (pass == 0) || j->nrow > 0)
				continue;
			j->row = n;
			j->nrow = genrows(j, q + n, Batch - n, &j->lg);
			n += j->nrow;
			if(pass == 0)
				k = i + 1;
		}
		if(pass == 0)
			nl = n;
	}
	*turn = (*turn + k) % nj;
	if(n == 0)
		return 0;
	lg = forwardb(m, bs, q, n, nl);
	for(i = 0; i < nj; i++){
		j = js[i];
		if(j->nrow > 0)
			genstep(j, j->nrow, j->lg ? lg + (vlong)j->row * m->c.vocab : nil);
	}
	return nl;
}

/* returns the positions run, as generate */
int
genend(Genjob *j)
{
	vlong end;

	if(j->stops != nil)
		stopsflush(j->stops, j->g);
	j->g->put(j->g, "\n");
	j->g->tps = 0;
	end = nsec();
	if(j->pos > j->first && j->start != 0 && end > j->start)
		j->g->tps = (j->pos - j->first) / ((end - j->start) / 1e9);
	freestate(j->st);
	free(j->tok);
	j->st = nil;
	j->tok = nil;
	return j->pos;
}

/*
 * returns the number of positions run, or -1 with errstr set; g->tps
 * is set at the end. g->stopped is polled while the prompt is encoded
 * and after every position: forwardn runs a prompt's positions at most
 * a batch (Batch) at a time.
 */
int
generate(Model *m, Tokenizer *t, Sampler *s, char *prompt, int steps, Gen *g)
{
	Genjob j;

	if(genbegin(&j, m, t, s, prompt, steps, g) < 0)
		return -1;
	while(genalone(&j))
		;
	return genend(&j);
}

/* a line from fd 0, without its newline, in *buf (grown as needed); -1 at end of file */
static int
readline(char *guide, char **buf, int *size)
{
	int i;
	long r;
	char *p;

	write(1, guide, strlen(guide));
	for(i = 0;; i++){
		if(i + 1 >= *size){
			p = realloc(*buf, *size * 2 + 256);
			if(p == nil)
				return -1;
			*buf = p;
			*size = *size * 2 + 256;
		}
		r = read(0, *buf + i, 1);
		if(r <= 0){
			if(i == 0)
				return -1;
			break;
		}
		if((*buf)[i] == '\n')
			break;
	}
	(*buf)[i] = 0;
	return i;
}

static void
stdout1(Gen*, char *s)
{
	write(1, s, strlen(s));
}

/*
 * run -m chat: a system prompt (clisys, or asked for) and user turns
 * (cliuser first, then a line each) until the end of input or of the
 * steps positions; returns the positions used, or -1 with errstr
 */
int
chatrun(Model *m, Tokenizer *t, Tmpl *tm, Sampler *s, char *cliuser, char *clisys, int steps)
{
	Chat *c;
	Gen g;
	char *sys, *user, *u;
	int nsys, nuser, r;

	c = newchat(m, t, tm, steps);
	if(c == nil)
		return -1;
	sys = user = nil;
	nsys = nuser = 0;
	if(clisys == nil && readline("Enter system prompt (optional): ", &sys, &nsys) >= 0)
		clisys = sys;
	r = chatsystem(c, clisys);
	memset(&g, 0, sizeof g);
	g.put = stdout1;
	while(r >= 0 && c->pos < c->ctx){
		u = cliuser;
		cliuser = nil;
		if(u == nil){
			if(readline("User: ", &user, &nuser) < 0)
				break;
			u = user;
		}
		write(1, "Assistant: ", 11);
		r = chatturn(c, u, s, c->ctx - c->pos, &g);
		write(1, "\n", 1);
	}
	write(1, "\n", 1);
	r = r < 0 ? -1 : c->pos;
	freechat(c);
	free(sys);
	free(user);
	return r;
}
