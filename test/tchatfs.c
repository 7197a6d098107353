/*
 * llmfs conversations: N/chat turns, N/system, the reply on stream and
 * every reply on output, the kept cache's context in status, reset,
 * templates and stop strings through ctl, and two at once.
 */
#include <u.h>
#include <libc.h>
#include <thread.h>
#include <fcall.h>
#include "dat.h"
#include "fns.h"
#include "test.h"
#include "ninep.h"

static char *turns[] = {"Tell me a story.", "What happened next?", "And then?"};

typedef struct Acc Acc;
struct Acc {
	char	*s;
};

static void
accput(Gen *g, char *p)
{
	Acc *a;

	a = g->aux;
	a->s = smprint("%s%s", a->s, p);
}

/* the replies of the same conversation through the engine's Chat, greedy, steps each */
static char**
direct(char *sys, int n, int steps)
{
	Model *m;
	Tokenizer *t;
	Chat *c;
	Sampler *s;
	Gen g;
	Acc a;
	char **r;
	int i;

	m = openmodel(mpath("stories260K.bin"));
	t = opentokenizer(mpath("tok512.bin"), 512);
	c = m != nil && t != nil ? newchat(m, t, tmplfor(m, t), 0) : nil;
	if(c == nil)
		return nil;
	chatsystem(c, sys);
	s = newsampler(m->c.vocab, 0, 0.9, 1);
	r = mallocz(n * sizeof r[0], 1);
	for(i = 0; i < n; i++){
		memset(&g, 0, sizeof g);
		a.s = "";
		g.put = accput;
		g.aux = &a;
		if(chatturn(c, turns[i], s, steps, &g) < 0)
			return nil;
		r[i] = smprint("%s\n", a.s);
	}
	return r;
}

static char*
field(char *status, char *key)
{
	char *p, *e;

	p = strstr(status, smprint("\n%s ", key));
	if(p == nil)
		return nil;
	p += strlen(key) + 2;
	e = strchr(p, '\n');
	return e ? smprint("%.*s", (int)(e - p), p) : nil;
}

/* a turn: write it, read the stream to its end */
static char*
turn(Conn *c, char *s, char *text)
{
	if(necho(c, smprint("%s/chat", s), text) < 0)
		return nil;
	return ncat(c, smprint("%s/stream", s));
}

/*
 * two conversations' turns in the model's batch with a completion
 * under way: each gives what it gives alone, and steps ran more than
 * one (until now every generation here ran alone)
 */
static void
together(Conn *c, char *s3, char **want)
{
	char *s[2], *r, *st, *p, *completion;
	int i, k;

	st = ncat(c, "ctl");
	p = st != nil ? strstr(st, "\nbatched ") : nil;
	check(p != nil && atoi(p + 9) <= 1, "batched before: %q", st);
	completion = greedyrun(mpath("stories260K.bin"), mpath("tok512.bin"), "Once upon a time", "400");
	for(k = 0; k < 2; k++){
		s[k] = ncat(c, "clone");
		if(s[k] == nil){
			fail("clone: %r");
			return;
		}
		s[k][strcspn(s[k], "\n")] = 0;
		check(necho(c, smprint("%s/ctl", s[k]), "temp 0") == 0 && necho(c, smprint("%s/ctl", s[k]), "steps 24") == 0, "settings: %r");
	}
	check(necho(c, smprint("%s/ctl", s3), "steps 400") == 0 && necho(c, smprint("%s/ctl", s3), "temp 0") == 0
		&& necho(c, smprint("%s/prompt", s3), "Once upon a time") == 0
		&& necho(c, smprint("%s/ctl", s3), "generate") == 0, "generate: %r");
	nunderway(c, s3);
	for(i = 0; i < 2; i++){
		for(k = 0; k < 2; k++)
			check(necho(c, smprint("%s/chat", s[k]), turns[i]) == 0, "turn %d of %s: %r", i+1, s[k]);
		for(k = 0; k < 2; k++){
			r = ncat(c, smprint("%s/stream", s[k]));
			check(r != nil && strcmp(r, want[i]) == 0, "batched turn %d of %s: %q, the engine's %q", i+1, s[k], r, want[i]);
		}
	}
	r = ncat(c, smprint("%s/output", s3));
	check(r != nil && completion != nil && strcmp(r, completion) == 0, "the completion beside them: %q, run's %q", r, completion);
	st = ncat(c, "ctl");
	p = st != nil ? strstr(st, "\nbatched ") : nil;
	check(p != nil && atoi(p + 9) >= 2, "no step ran more than one: %q", st);
}

void
testllmfschat(void)
{
	static char *trusted[] = {"-t", nil};
	char **want, *addr, *s, *s2, *s3, *r, *st, *all, *err, *prompt, *completion, *p;
	vlong lim;
	Conn *c;
	int pid, i;
	Waitmsg *w;

	want = direct("", 3, 24);
	if(want == nil){
		fail("the engine's conversation: %r");
		return;
	}
	if((addr = llmfsup(trusted, &pid)) == nil)
		return;
	c = nconnect(addr);
	if(c == nil){
		fail("connect: %r");
		goto out;
	}
	check(necho(c, "ctl", smprint("load %s %s", mpath("stories260K.bin"), mpath("tok512.bin"))) == 0, "load: %r");
	s = ncat(c, "clone");
	s2 = ncat(c, "clone");
	if(s == nil || s2 == nil){
		fail("clone: %r");
		goto out;
	}
	s[strcspn(s, "\n")] = 0;
	s2[strcspn(s2, "\n")] = 0;
	check(necho(c, smprint("%s/ctl", s), "temp 0") == 0 && necho(c, smprint("%s/ctl", s), "steps 24") == 0, "settings: %r");

	/* turn 1 is the completion of its rendering (Llama 2's [INST] for this SentencePiece vocabulary) */
	prompt = smprint("[INST] %s [/INST]", turns[0]);
	completion = greedyrun(mpath("stories260K.bin"), mpath("tok512.bin"), prompt, "256");
	r = turn(c, s, turns[0]);
	check(r != nil && strcmp(r, want[0]) == 0, "turn 1: %q, the engine's %q", r, want[0]);
	check(completion != nil && r != nil && strncmp(completion, prompt, strlen(prompt)) == 0
		&& strncmp(completion + strlen(prompt), r, strlen(r) - 1) == 0,
		"turn 1 %q is not what follows the rendered turn: %q", r, completion);
	st = ncat(c, smprint("%s/status", s));
	check(st != nil && strncmp(st, "done ", 5) == 0, "status %q", st);
	check(st != nil && (err = field(st, "turns")) != nil && strcmp(err, "1") == 0, "status turns: %q", st);

	/* later turns keep the cache: context grows, stream is the reply, output all of them */
	for(i = 1; i < 3; i++){
		r = turn(c, s, turns[i]);
		check(r != nil && strcmp(r, want[i]) == 0, "turn %d: %q, the engine's %q", i+1, r, want[i]);
	}
	st = ncat(c, smprint("%s/status", s));
	check(st != nil && (err = field(st, "turns")) != nil && strcmp(err, "3") == 0, "status turns after 3: %q", st);
	all = ncat(c, smprint("%s/output", s));
	check(all != nil && strcmp(all, smprint("%s%s%s", want[0], want[1], want[2])) == 0, "output %q", all);

	/* the system prompt is set before the first turn only */
	err = necho(c, smprint("%s/system", s), "You are a storyteller.") < 0 ? smprint("%r") : "";
	check(strcmp(err, "conversation under way: write reset to ctl first") == 0, "system mid-conversation: %q", err);
	check(necho(c, smprint("%s/ctl", s), "reset") == 0, "reset: %r");
	r = turn(c, s, turns[0]);
	check(r != nil && strcmp(r, want[0]) == 0, "turn 1 after reset: %q", r);

	/* templates: unknown refused with the known ones named; another renders differently */
	err = necho(c, smprint("%s/ctl", s), "template bogus") < 0 ? smprint("%r") : "";
	check(strncmp(err, "unknown template bogus", 22) == 0 && strstr(err, "llama2") != nil && strstr(err, "chatml") != nil,
		"template bogus: %q", err);
	check(necho(c, smprint("%s/ctl", s), "template chatml") == 0, "template chatml: %r");
	r = turn(c, s, turns[0]);
	st = ncat(c, smprint("%s/status", s));
	check(r != nil && st != nil && (err = field(st, "turns")) != nil && strcmp(err, "1") == 0, "a new template starts over: %q", st);

	/* a stop string ends the reply before it */
	check(necho(c, smprint("%s/ctl", s), "template") == 0 && necho(c, smprint("%s/ctl", s), "reset") == 0, "template reset: %r");
	i = strlen(want[0]) / 2;
	check(necho(c, smprint("%s/ctl", s), smprint("stop-string %q", smprint("%.3s", want[0] + i))) == 0, "stop-string: %r");
	r = turn(c, s, turns[0]);
	check(r != nil && strlen(r) == i + 1 && strncmp(r, want[0], i) == 0, "stopped at %q: %q", smprint("%.3s", want[0] + i), r);

	/* a completion stops at a stop string too: the text before its first place in what was generated (not the prompt's) */
	completion = greedyrun(mpath("stories260K.bin"), mpath("tok512.bin"), "Once upon a time", "64");
	i = strlen("Once upon a time");
	if(completion == nil || strlen(completion) < i + 20)
		fail("run: %q", completion);
	else{
		p = smprint("%.4s", completion + i + 10);
		all = smprint("%.*s\n", (int)(strstr(completion + i, p) - completion), completion);
		check(necho(c, smprint("%s/ctl", s2), "temp 0") == 0 && necho(c, smprint("%s/ctl", s2), "steps 64") == 0
			&& necho(c, smprint("%s/ctl", s2), smprint("stop-string %q 'never in it'", p)) == 0
			&& necho(c, smprint("%s/prompt", s2), "Once upon a time") == 0
			&& necho(c, smprint("%s/ctl", s2), "generate") == 0, "a completion with a stop string: %r");
		r = ncat(c, smprint("%s/output", s2));
		check(r != nil && strcmp(r, all) == 0, "stopped at %q: %q, want %q", p, r, all);
		check(necho(c, smprint("%s/ctl", s2), "stop-string") == 0 && necho(c, smprint("%s/ctl", s2), "reset") == 0, "stop-string: %r");
	}

	/* another session's conversation is its own */
	check(necho(c, smprint("%s/ctl", s2), "temp 0") == 0 && necho(c, smprint("%s/ctl", s2), "steps 24") == 0, "settings 2: %r");
	r = turn(c, s2, turns[0]);
	check(r != nil && strcmp(r, want[0]) == 0, "the second session's turn 1: %q", r);
	r = turn(c, s2, turns[1]);
	check(r != nil && strcmp(r, want[1]) == 0, "the second session's turn 2: %q", r);

	/*
	 * caches are held to the pool's byte limit: at the model's own bytes
	 * (which the pool says when it refuses 1), the two conversations'
	 * caches (more than 1 MB: 5 layers × 512 positions × 32 × 2 × 4
	 * bytes is 655360 each) leave no room for a third, nor for a
	 * generation; back to no limit, they run
	 */
	s3 = ncat(c, "clone");
	s3[strcspn(s3, "\n")] = 0;
	err = necho(c, "ctl", "pool-limit 0 1") < 0 ? smprint("%r") : "";
	p = strstr(err, " models, ");
	lim = p != nil ? strtoll(p + 9, nil, 10) : 0;
	check(lim > 0 && necho(c, "ctl", smprint("pool-limit 0 %lld", lim)) == 0, "pool-limit 0 %lld: %r (%q)", lim, err);
	err = necho(c, smprint("%s/chat", s3), turns[0]) < 0 ? smprint("%r") : "";
	check(strncmp(err, "out of memory: ", 15) == 0 && strstr(err, smprint("the limit is %lld", lim)) != nil,
		"a third conversation: %q", err);
	check(necho(c, smprint("%s/prompt", s3), "Once") == 0, "prompt: %r");
	err = necho(c, smprint("%s/ctl", s3), "generate") < 0 ? smprint("%r") : "";
	check(strncmp(err, "out of memory: ", 15) == 0, "a generation past the limit: %q", err);
	check(necho(c, "ctl", "pool-limit 0 0") == 0 && necho(c, smprint("%s/ctl", s3), "generate") == 0, "generate with no limit: %r");
	check(ncat(c, smprint("%s/output", s3)) != nil, "output: %r");
	check(necho(c, smprint("%s/ctl", s), "close") == 0 && necho(c, smprint("%s/ctl", s2), "close") == 0, "close: %r");
	together(c, s3, want);
	nhangup(c);
out:
	postnote(PNPROC, pid, "kill");
	w = wait();
	free(w);
}
