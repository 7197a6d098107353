/*
 * A conversation's turns keep their cost: 20 turns on a random
 * stories42M-shaped model, turn 20 timed against turn 2. With the
 * cache kept a turn reads only its own tokens; the attention over a
 * longer cache is all that grows.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"
#include "test.h"

enum {
	Turns	= 20,
	Reply	= 24,
};

static void
putnone(Gen*, char*)
{
}

static char*
chatmodel(char *workdir)
{
	char *p, *argv[11];

	p = smprint("%s/chat42M.bin", workdir);
	if(access(p, AEXIST) == 0)
		return p;
	argv[0] = bpath("export");
	argv[1] = "random";
	argv[2] = p;
	argv[3] = "512";
	argv[4] = "1376";
	argv[5] = "8";
	argv[6] = "8";
	argv[7] = "8";
	argv[8] = "32000";
	argv[9] = "1024";
	argv[10] = nil;
	if(runprog(argv, nil, nil) != 0){
		fprint(2, "export random %s failed\n", p);
		return nil;
	}
	return p;
}

/*
 * two conversations, a turn of each in turn, and each turn's time the
 * lesser of the two: this machine's speed swings from moment to moment
 */
void
benchchat(char *workdir)
{
	char *path;
	Model *m;
	Tokenizer *t;
	Chat *c[2];
	Sampler *s;
	Gen g;
	vlong t0, ns[Turns], d;
	int i, j, n, tokens[Turns], from[Turns];
	double r;

	print("\nchat: %d turns of a %d-token reply on a random stories42M-shaped model, the cache kept\n", Turns, Reply);
	path = chatmodel(workdir);
	m = path != nil ? openmodel(path) : nil;
	t = m != nil ? opentokenizer(mpath("tokenizer.bin"), m->c.vocab) : nil;
	c[0] = c[1] = nil;
	s = nil;
	if(t != nil && (c[0] = newchat(m, t, tmplbyname("llama2"), m->c.seqlen)) != nil
	&& (c[1] = newchat(m, t, tmplbyname("llama2"), m->c.seqlen)) != nil)
		s = newsampler(m->c.vocab, 1.0, 0.9, 42);
	if(s == nil){
		print("chat: not run: %r\n");
		goto out;
	}
	memset(&g, 0, sizeof g);
	g.put = putnone;
	for(j = 0; j < 2; j++)
		chatsystem(c[j], "You are a storyteller.");
	for(i = 0; i < Turns; i++){
		from[i] = c[0]->pos;
		ns[i] = 0;
		for(j = 0; j < 2; j++){
			t0 = nsec();
			n = chatturn(c[j], "Tell me more about the little dog and the big red ball.", s, Reply, &g);
			d = nsec() - t0;
			if(n < 0){
				print("chat: turn %d: %r\n", i+1);
				goto out;
			}
			if(j == 0 || d < ns[i])
				ns[i] = d;
			tokens[i] = c[j]->lastprompt + n;
		}
	}
	r = (double)ns[Turns-1] / ns[1];
	print("turn 2: %.1f ms (%d tokens from position %d); turn %d: %.1f ms (%d tokens from position %d); ratio %.2f×\n",
		ns[1]/1e6, tokens[1], from[1], Turns, ns[Turns-1]/1e6, tokens[Turns-1], from[Turns-1], r);
	print("turn %d within 1.5× of turn 2: %s\n", Turns, r <= 1.5 ? "met" : "not met");
out:
	freesampler(s);
	freechat(c[0]);
	freechat(c[1]);
	freetokenizer(t);
	freemodel(m);
}
