/*
 * Chat templates: the families of models people talk to, each as the
 * Jinja template of its model card renders a turn, told apart by the
 * signature of the template a file names (GGUF tokenizer.chat_template,
 * tokenizer_config.json's chat_template), as llama.cpp's detection does.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"

static Tmpl tmpls[] = {
	{"llama2", nil, "%b[INST] <<SYS>>\n%s\n<</SYS>>\n\n%s [/INST]", "%b[INST] %s [/INST]", "%e", "",
		{nil}, {nil}, 0},
	{"llama3", "<|start_header_id|>system<|end_header_id|>\n\n%s<|eot_id|>", nil,
		"<|start_header_id|>user<|end_header_id|>\n\n%s<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n",
		"<|eot_id|>", "%b",
		{"<|eot_id|>", "<|end_of_text|>"}, {"<|start_header_id|>", "<|end_header_id|>", "<|eot_id|>"}, 1},
	{"chatml", "<|im_start|>system\n%s<|im_end|>\n", nil,
		"<|im_start|>user\n%s<|im_end|>\n<|im_start|>assistant\n", "<|im_end|>\n", "",
		{"<|im_end|>", "<|endoftext|>"}, {"<|im_start|>", "<|im_end|>"}, 0},
	{"mistral-v1", nil, " [INST] %s\n\n%s [/INST]", " [INST] %s [/INST]", "%e", "%b",
		{nil}, {"[INST]", "[/INST]"}, 0},
	{"mistral-v3", nil, "[INST] %s\n\n%s[/INST]", "[INST] %s[/INST]", "%e", "%b",
		{nil}, {"[INST]", "[/INST]"}, 0},
	{"mistral-v3-tekken", nil, "[INST]%s\n\n%s[/INST]", "[INST]%s[/INST]", "%e", "%b",
		{nil}, {"[INST]", "[/INST]"}, 0},
	{"mistral-v7", "[SYSTEM_PROMPT] %s[/SYSTEM_PROMPT]", nil, "[INST] %s[/INST]", "%e", "%b",
		{nil}, {"[INST]", "[/INST]", "[SYSTEM_PROMPT]", "[/SYSTEM_PROMPT]"}, 0},
	{"zephyr", "<|system|>\n%s%e\n", nil, "<|user|>\n%s%e\n<|assistant|>\n", "%e\n", "%b",
		{nil}, {"<|system|>", "<|user|>", "<|assistant|>"}, 0},
	{"gemma", nil, "<start_of_turn>user\n%s\n\n%s<end_of_turn>\n<start_of_turn>model\n",
		"<start_of_turn>user\n%s<end_of_turn>\n<start_of_turn>model\n", "<end_of_turn>\n", "%b",
		{"<end_of_turn>"}, {"<start_of_turn>", "<end_of_turn>"}, 1},
	{"phi3", "<|system|>\n%s<|end|>\n", nil, "<|user|>\n%s<|end|>\n<|assistant|>\n", "<|end|>\n", "%b",
		{"<|end|>", "<|endoftext|>"}, {"<|system|>", "<|user|>", "<|assistant|>", "<|end|>"}, 0},
};

/* the names, space-separated, in buf */
static char*
names(char *buf, char *e)
{
	char *p;
	int i;

	p = buf;
	*p = 0;
	for(i = 0; i < nelem(tmpls); i++)
		p = seprint(p, e, "%s%s", i ? " " : "", tmpls[i].name);
	return buf;
}

Tmpl*
tmplbyname(char *name)
{
	char buf[256];
	int i;

	for(i = 0; i < nelem(tmpls); i++)
		if(strcmp(tmpls[i].name, name) == 0)
			return &tmpls[i];
	werrstr("unknown template %s: known are %s", name, names(buf, buf+sizeof buf));
	return nil;
}

static int
has(char *s, char *sig)
{
	return strstr(s, sig) != nil;
}

/* the template a Jinja text (or a template's name) is; nil if none known */
Tmpl*
tmpldetect(char *s)
{
	char *name, buf[256];
	int i;

	for(i = 0; i < nelem(tmpls); i++)
		if(strcmp(tmpls[i].name, s) == 0)
			return &tmpls[i];
	name = nil;
	if(has(s, "<|im_start|>"))
		name = "chatml";
	else if(strncmp(s, "mistral", 7) == 0 || has(s, "[INST]")){
		if(has(s, "[SYSTEM_PROMPT]"))
			name = "mistral-v7";
		else if(has(s, "' [INST] ' + system_message") || has(s, "[AVAILABLE_TOOLS]")){
			if(has(s, " [INST]"))
				name = "mistral-v1";
			else if(has(s, "\"[INST]\""))
				name = "mistral-v3-tekken";
			else
				name = "mistral-v3";
		}else
			name = "llama2";
	}else if(has(s, "<|assistant|>") && has(s, "<|end|>"))
		name = "phi3";
	else if(has(s, "<|user|>"))
		name = "zephyr";
	else if(has(s, "<start_of_turn>"))
		name = "gemma";
	else if(has(s, "<|start_header_id|>") && has(s, "<|end_header_id|>"))
		name = "llama3";
	if(name == nil){
		werrstr("unknown chat template: none of %s", names(buf, buf+sizeof buf));
		return nil;
	}
	return tmplbyname(name);
}

/* the file's own template, else Llama 3's headers if the vocabulary has them, else Llama 2's [INST] */
Tmpl*
tmplfor(Model *m, Tokenizer *t)
{
	char *s;

	s = t->chattmpl;
	if(s == nil && m != nil && m->tok != nil)
		s = m->tok->chattmpl;
	if(s != nil)
		return tmpldetect(s);
	if(t->kind == Tbpe && lookup(t, "<|start_header_id|>") >= 0
	&& lookup(t, "<|end_header_id|>") >= 0 && lookup(t, "<|eot_id|>") >= 0)
		return tmplbyname("llama3");
	return tmplbyname("llama2");
}

/*
 * A rendering, as tokens (t not nil) or as text: text runs between
 * special tokens are encoded whole, as llama.cpp's tokenizer splits
 * a prompt at its special tokens
 */
typedef struct Out Out;
struct Out {
	Tmpl	*tm;
	Tokenizer	*t;
	int	*tok;
	int	n;
	char	*bos, *eos;	/* what %b and %e are as text */
	char	*buf;		/* the text since the last special token */
	int	nbuf, abuf;
	int	err;
};

static void
addtext(Out *o, char *s, int n)
{
	char *p;

	if(o->err)
		return;
	if(o->nbuf + n + 1 > o->abuf){
		o->abuf = 2*(o->nbuf + n + 1) + 64;
		p = realloc(o->buf, o->abuf);
		if(p == nil){
			werrstr("out of memory");
			o->err = 1;
			return;
		}
		o->buf = p;
	}
	memmove(o->buf + o->nbuf, s, n);
	o->nbuf += n;
	o->buf[o->nbuf] = 0;
}

static void
flush(Out *o)
{
	int k;

	if(o->err || o->t == nil || o->nbuf == 0)
		return;
	k = encode(o->t, o->buf, 0, 0, o->tok + o->n);
	if(k < 0)
		o->err = 1;
	else
		o->n += k;
	o->nbuf = 0;
	o->buf[0] = 0;
}

/* a special token: by its id when the vocabulary has it (id >= 0), else as the text s */
static void
addspecial(Out *o, int id, char *s)
{
	if(o->t == nil || id < 0){
		if(s != nil)
			addtext(o, s, strlen(s));
		return;
	}
	flush(o);
	o->tok[o->n++] = id;
}

static char*
trimmed(char *s, int *n)
{
	char *e;

	while(*s == ' ' || (*s >= '\t' && *s <= '\r'))
		s++;
	e = s + strlen(s);
	while(e > s && (e[-1] == ' ' || (e[-1] >= '\t' && e[-1] <= '\r')))
		e--;
	*n = e - s;
	return s;
}

/* format f with the texts a[0], a[1], ... for its %s */
static void
render(Out *o, char *f, char **a)
{
	char *s, **sp;
	int n;

	for(; *f != 0 && !o->err; f++){
		if(f[0] == '%' && f[1] != 0){
			f++;
			if(*f == 's'){
				s = *a++;
				if(o->tm->trim)
					s = trimmed(s, &n);
				else
					n = strlen(s);
				addtext(o, s, n);
			}else if(*f == 'b')
				addspecial(o, o->t ? o->t->bos : -1, o->bos);
			else if(*f == 'e')
				addspecial(o, o->t ? o->t->eos : -1, o->eos);
			continue;
		}
		for(sp = o->tm->spec; sp < o->tm->spec + nelem(o->tm->spec) && *sp != nil; sp++)
			if(strncmp(f, *sp, strlen(*sp)) == 0)
				break;
		if(sp < o->tm->spec + nelem(o->tm->spec) && *sp != nil){
			addspecial(o, o->t ? lookup(o->t, *sp) : -1, *sp);
			f += strlen(*sp) - 1;
		}else
			addtext(o, f, 1);
	}
}

/* a user turn: the conversation's beginning and the system prompt (if not empty) on the first */
static void
turn(Out *o, char *sys, char *user, int first)
{
	char *a[2];

	if(sys == nil)
		sys = "";
	a[0] = sys;
	a[1] = user;
	if(first)
		render(o, o->tm->begin, a);
	if(first && sys[0] != 0){
		if(o->tm->sys != nil){
			render(o, o->tm->sys, a);
			render(o, o->tm->user, a+1);
		}else
			render(o, o->tm->first, a);
	}else
		render(o, o->tm->user, a+1);
	flush(o);
}

/* tokens a turn may need at most */
int
tmplroom(Tmpl *tm, char *sys, char *user)
{
	int n;

	n = strlen(tm->begin) + strlen(tm->user) + strlen(tm->close);
	n += tm->sys ? strlen(tm->sys) : 0;
	n += tm->first ? strlen(tm->first) : 0;
	return n + (sys ? strlen(sys) : 0) + strlen(user) + 8;
}

/* a user turn's tokens in tok (tmplroom of them); -1 and errstr on error */
int
tmplturn(Tmpl *tm, Tokenizer *t, char *sys, char *user, int first, int *tok)
{
	Out o;

	memset(&o, 0, sizeof o);
	o.tm = tm;
	o.t = t;
	o.tok = tok;
	turn(&o, sys, user, first);
	free(o.buf);
	return o.err ? -1 : o.n;
}

/* the tokens that end a reply in the history */
int
tmplclose(Tmpl *tm, Tokenizer *t, int *tok)
{
	Out o;

	memset(&o, 0, sizeof o);
	o.tm = tm;
	o.t = t;
	o.tok = tok;
	render(&o, tm->close, nil);
	flush(&o);
	free(o.buf);
	return o.err ? -1 : o.n;
}

/* a user turn as text, with bos and eos for the BOS and EOS tokens; nil: the closing of a reply */
char*
tmpltext(Tmpl *tm, char *bos, char *eos, char *sys, char *user, int first)
{
	Out o;

	memset(&o, 0, sizeof o);
	o.tm = tm;
	o.bos = bos;
	o.eos = eos;
	addtext(&o, "", 0);
	if(user == nil)
		render(&o, tm->close, nil);
	else
		turn(&o, sys, user, first);
	if(o.err){
		free(o.buf);
		return nil;
	}
	return o.buf;
}

/* does tok end a reply? */
int
tmpleot(Tmpl *tm, Tokenizer *t, int tok)
{
	int i;

	if(tok == t->eos)
		return 1;
	for(i = 0; i < nelem(tm->eot) && tm->eot[i] != nil; i++)
		if(tok == lookup(t, tm->eot[i]))
			return 1;
	return 0;
}
