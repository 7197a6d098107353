/*
 * The generation loops of llama2.c: generate continues a prompt and
 * hands its text to a Gen (run's prints it, llmfs's keeps it); chat
 * runs the dialogue on standard input and output, in Llama 3's headers
 * when the tokenizer has them, else in Llama 2's [INST].
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"

enum {
	Linemax	= 512,		/* a chat turn, as llama2.c's buffers */
};

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

static void
putpiece(int fd, Tokenizer *t, char *p)
{
	if(shown(t, p))
		write(fd, p, strlen(p));
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
		piece = decode(t, token, next);
		if(shown(t, piece))
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

/* a line of at most n-1 bytes from fd 0, without its newline; -1 at end of file */
static int
readline(char *guide, char *buf, int n)
{
	int i;
	long r;

	write(1, guide, strlen(guide));
	for(i = 0; i < n-1; i++){
		r = read(0, buf+i, 1);
		if(r <= 0){
			if(i == 0)
				return -1;
			break;
		}
		if(buf[i] == '\n')
			break;
	}
	buf[i] = 0;
	return i;
}

/* Llama 2's turn: [INST], the system prompt in <<SYS>> on the first */
static int
inst(Tokenizer *t, char *sys, char *user, int first, int *tok)
{
	char *text;
	int n;

	if(first && sys[0] != 0)
		text = smprint("[INST] <<SYS>>\n%s\n<</SYS>>\n\n%s [/INST]", sys, user);
	else
		text = smprint("[INST] %s [/INST]", user);
	if(text == nil)
		return -1;
	n = encode(t, text, 1, 0, tok);
	free(text);
	return n;
}

/* Llama 3's message: <|start_header_id|>role<|end_header_id|>, a blank line, the text, <|eot_id|> unless end < 0 */
static int
message(Tokenizer *t, int *h, char *role, char *text, int end, int *tok)
{
	char *body;
	int n, k;

	n = 0;
	tok[n++] = h[0];
	if((k = encode(t, role, 0, 0, tok+n)) < 0)
		return -1;
	n += k;
	tok[n++] = h[1];
	body = smprint("\n\n%s", text);
	if(body == nil || (k = encode(t, body, 0, 0, tok+n)) < 0){
		free(body);
		return -1;
	}
	free(body);
	n += k;
	if(end >= 0)
		tok[n++] = end;
	return n;
}

/*
 * a user turn, as tokens in tok: Llama 3's headers when the tokenizer
 * has them, else Llama 2's [INST]; *end is the token that ends a turn
 */
int
chatturn(Tokenizer *t, char *sys, char *user, int first, int *tok, int *end)
{
	int h[2], n, k;

	h[0] = lookup(t, "<|start_header_id|>");
	h[1] = lookup(t, "<|end_header_id|>");
	*end = lookup(t, "<|eot_id|>");
	if(t->kind != Tbpe || h[0] < 0 || h[1] < 0 || *end < 0){
		*end = t->eos;
		return inst(t, sys, user, first, tok);
	}
	n = 0;
	if(first && t->bos >= 0)
		tok[n++] = t->bos;
	if(first && sys[0] != 0){
		if((k = message(t, h, "system", sys, *end, tok+n)) < 0)
			return -1;
		n += k;
	}
	if((k = message(t, h, "user", user, *end, tok+n)) < 0)
		return -1;
	n += k;
	if((k = message(t, h, "assistant", "", -1, tok+n)) < 0)
		return -1;
	return n + k;
}

int
chat(Model *m, Tokenizer *t, Sampler *s, char *cliuser, char *clisys, int steps)
{
	char sys[Linemax], user[Linemax];
	int *tok, ntok, uidx, userturn, token, next, pos, end;
	State *st;

	st = newstate(&m->c, steps);
	tok = emalloc((3*Linemax + 64) * sizeof(int));
	if(st == nil || tok == nil){
		freestate(st);
		free(tok);
		return -1;
	}
	sys[0] = 0;
	ntok = uidx = 0;
	next = 0;
	userturn = 1;
	pos = 0;
	while(pos < steps){
		if(userturn){
			if(pos == 0){
				if(clisys == nil){
					if(readline("Enter system prompt (optional): ", sys, sizeof sys) < 0)
						sys[0] = 0;
				}else
					strecpy(sys, sys+sizeof sys, clisys);
			}
			if(pos == 0 && cliuser != nil)
				strecpy(user, user+sizeof user, cliuser);
			else if(readline("User: ", user, sizeof user) < 0)
				break;
			ntok = chatturn(t, sys, user, pos == 0, tok, &end);
			if(ntok <= 0)
				break;
			uidx = 0;
			userturn = 0;
			write(1, "Assistant: ", 11);
		}
		if(uidx < ntok)
			token = tok[uidx++];
		else
			token = next;
		if(token == end)
			userturn = 1;
		next = sample(s, forward(m, st, token, pos));
		pos++;
		if(uidx >= ntok && next != end)
			putpiece(1, t, decode(t, token, next));
		if(next == end)
			write(1, "\n", 1);
	}
	write(1, "\n", 1);
	freestate(st);
	free(tok);
	return pos;
}
