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
 * returns the number of positions run, or -1 with errstr set; g->tps
 * is set at the end. g->stopped is polled while the prompt is encoded
 * and after every position: forwardn runs a prompt's positions at most
 * a batch (Batch) at a time.
 */
int
generate(Model *m, Tokenizer *t, Sampler *s, char *prompt, int steps, Gen *g)
{
	State *st;
	Genstop gs;
	int *tok, ntok, pos, token, next, done, pre, first;
	vlong start, end;
	char *piece;

	if(prompt == nil)
		prompt = "";
	tok = emalloc((strlen(prompt) + 3) * sizeof(int));
	if(tok == nil)
		return -1;
	gs.g = g;
	gs.stopped = 0;
	ntok = encodestop(t, prompt, 1, 0, tok, encstopped, &gs);
	g->ntok = ntok > 0 ? ntok : 0;
	if(ntok < 0 && gs.stopped){
		free(tok);
		g->pos = 0;
		g->put(g, "\n");
		g->tps = 0;
		return 0;
	}
	if(ntok == 0)
		werrstr("nothing to start from: empty prompt and no BOS token");
	st = ntok > 0 ? newstate(&m->c, steps) : nil;
	if(st == nil){
		free(tok);
		return -1;
	}
	start = 0;
	token = tok[0];
	pos = done = first = 0;
	pre = ntok - 1 < steps ? ntok - 1 : steps;	/* positions whose logits go unused */
	g->pos = 0;
	while(pos < steps){
		if(pos < pre){
			if(pos == done)
				done += forwardn(m, st, tok + pos, pre - pos, pos);
			next = tok[pos + 1];
		}else
			next = sample(s, forward(m, st, token, pos));
		pos++;
		g->pos = pos;
		if(endstext(t, next))
			break;
		piece = shownpiece(t, token, next);
		if(piece != nil)
			g->put(g, piece);
		token = next;
		if(start == 0){
			start = nsec();
			first = done > pos ? done : pos;	/* what the first call ran, which the rate leaves out as llama2.c's */
		}
		if(g->stopped != nil && g->stopped(g))
			break;
	}
	g->put(g, "\n");
	g->tps = 0;
	end = nsec();
	if(pos > first && start != 0 && end > start)
		g->tps = (pos-first) / ((end - start) / 1e9);
	freestate(st);
	free(tok);
	return pos;
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
