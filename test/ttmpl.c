/*
 * Chat templates: detection from the Jinja texts the families' model
 * cards give (tokenizer_config.json's chat_template), their renderings
 * as those templates define them, and the token ids of the renderings
 * in a vocabulary that has the templates' special tokens.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"
#include "test.h"

typedef struct Jinja Jinja;
struct Jinja {
	char	*family;	/* the model the template is of */
	char	*want;
	char	*text;
};

/* the chat_template strings of the models' tokenizer_config.json (Mistral v3's abridged to its signature lines) */
static Jinja jinjas[] = {
	{"Llama-2-7b-chat", "llama2",
	"{% if messages[0]['role'] == 'system' %}{% set loop_messages = messages[1:] %}{% set system_message = messages[0]['content'] %}"
	"{% else %}{% set loop_messages = messages %}{% set system_message = false %}{% endif %}{% for message in loop_messages %}"
	"{% if loop.index0 == 0 and system_message != false %}{% set content = '<<SYS>>\\n' + system_message + '\\n<</SYS>>\\n\\n' + message['content'] %}"
	"{% else %}{% set content = message['content'] %}{% endif %}{% if message['role'] == 'user' %}"
	"{{ bos_token + '[INST] ' + content.strip() + ' [/INST]' }}{% elif message['role'] == 'assistant' %}"
	"{{ ' '  + content.strip() + ' ' + eos_token }}{% endif %}{% endfor %}"},
	{"Meta-Llama-3-8B-Instruct", "llama3",
	"{% set loop_messages = messages %}{% for message in loop_messages %}{% set content = '<|start_header_id|>' + message['role'] + "
	"'<|end_header_id|>\n\n'+ message['content'] | trim + '<|eot_id|>' %}{% if loop.index0 == 0 %}{% set content = bos_token + content %}"
	"{% endif %}{{ content }}{% endfor %}{% if add_generation_prompt %}{{ '<|start_header_id|>assistant<|end_header_id|>\n\n' }}{% endif %}"},
	{"SmolLM2-135M-Instruct", "chatml",
	"{% for message in messages %}{% if loop.first and messages[0]['role'] != 'system' %}{{ '<|im_start|>system\nYou are a helpful AI "
	"assistant named SmolLM, trained by Hugging Face<|im_end|>\n' }}{% endif %}{{'<|im_start|>' + message['role'] + '\n' + message['content'] + "
	"'<|im_end|>' + '\n'}}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"},
	{"Mistral-7B-Instruct-v0.2", "mistral-v1",
	"{%- if messages[0]['role'] == 'system' %}\n    {%- set system_message = messages[0]['content'] %}\n    {%- set loop_messages = messages[1:] %}\n"
	"{%- else %}\n    {%- set loop_messages = messages %}\n{%- endif %}\n\n{{- bos_token }}\n{%- for message in loop_messages %}\n"
	"    {%- if message['role'] == 'user' %}\n        {%- if loop.first and system_message is defined %}\n"
	"            {{- ' [INST] ' + system_message + '\\n\\n' + message['content'] + ' [/INST]' }}\n        {%- else %}\n"
	"            {{- ' [INST] ' + message['content'] + ' [/INST]' }}\n        {%- endif %}\n    {%- elif message['role'] == 'assistant' %}\n"
	"        {{- ' ' + message['content'] + eos_token}}\n    {%- endif %}\n{%- endfor %}\n"},
	{"Mistral-7B-Instruct-v0.3", "mistral-v3",
	"{{- bos_token }}\n{%- for message in loop_messages %}\n    {%- if message[\"role\"] == \"user\" %}\n"
	"        {%- if tools is not none and (message == user_messages[-1]) %}\n            {{- \"[AVAILABLE_TOOLS] [\" }}\n"
	"        {%- if loop.last and system_message is defined %}\n            {{- \"[INST] \" + system_message + \"\\n\\n\" + message[\"content\"] + \"[/INST]\" }}\n"
	"        {%- else %}\n            {{- \"[INST] \" + message[\"content\"] + \"[/INST]\" }}\n        {%- endif %}\n"
	"    {%- elif message[\"role\"] == \"assistant\" %}\n        {{- \" \" + message[\"content\"]|trim + eos_token}}\n    {%- endif %}\n{%- endfor %}\n"},
	{"Mistral-Nemo-Instruct-2407", "mistral-v3-tekken",
	"{{- bos_token }}\n{%- for message in loop_messages %}\n    {%- if message[\"role\"] == \"user\" %}\n"
	"        {%- if tools is not none and (message == user_messages[-1]) %}\n            {{- \"[AVAILABLE_TOOLS][\" }}\n"
	"        {%- if loop.last and system_message is defined %}\n            {{- \"[INST]\" + system_message + \"\\n\\n\" + message[\"content\"] + \"[/INST]\" }}\n"
	"        {%- else %}\n            {{- \"[INST]\" + message[\"content\"] + \"[/INST]\" }}\n        {%- endif %}\n"
	"    {%- elif message[\"role\"] == \"assistant\" %}\n        {{- message[\"content\"] + eos_token}}\n    {%- endif %}\n{%- endfor %}\n"},
	{"Mistral-Small-24B-Instruct-2501", "mistral-v7",
	"{{- bos_token }}\n\n{%- for message in messages %}\n    {%- if message['role'] == 'user' %}\n        {{- '[INST]' + message['content'] + '[/INST]' }}\n"
	"    {%- elif message['role'] == 'system' %}\n        {{- '[SYSTEM_PROMPT]' + message['content'] + '[/SYSTEM_PROMPT]' }}\n"
	"    {%- elif message['role'] == 'assistant' %}\n        {{- message['content'] + eos_token }}\n    {%- endif %}\n{%- endfor %}"},
	{"TinyLlama-1.1B-Chat-v1.0", "zephyr",
	"{% for message in messages %}\n{% if message['role'] == 'user' %}\n{{ '<|user|>\n' + message['content'] + eos_token }}\n"
	"{% elif message['role'] == 'system' %}\n{{ '<|system|>\n' + message['content'] + eos_token }}\n{% elif message['role'] == 'assistant' %}\n"
	"{{ '<|assistant|>\n'  + message['content'] + eos_token }}\n{% endif %}\n{% if loop.last and add_generation_prompt %}\n"
	"{{ '<|assistant|>' }}\n{% endif %}\n{% endfor %}"},
	{"gemma-2b-it", "gemma",
	"{{ bos_token }}{% if messages[0]['role'] == 'system' %}{{ raise_exception('System role not supported') }}{% endif %}"
	"{% for message in messages %}{% if (message['role'] == 'assistant') %}{% set role = 'model' %}{% else %}{% set role = message['role'] %}{% endif %}"
	"{{ '<start_of_turn>' + role + '\n' + message['content'] | trim + '<end_of_turn>\n' }}{% endfor %}"
	"{% if add_generation_prompt %}{{'<start_of_turn>model\n'}}{% endif %}"},
	{"Phi-3-mini-4k-instruct", "phi3",
	"{{ bos_token }}{% for message in messages %}{% if (message['role'] == 'user') %}{{'<|user|>' + '\n' + message['content'] + "
	"'<|end|>' + '\n' + '<|assistant|>' + '\n'}}{% elif (message['role'] == 'assistant') %}{{message['content'] + '<|end|>' + '\n'}}"
	"{% endif %}{% endfor %}"},
	{"vicuna-13b-v1.5 (not known)", nil,
	"{%- for message in messages %}{%- if message['role'] == 'system' -%}{{- '' + message['content'] + '\n\n' -}}{%- else -%}"
	"{%- if message['role'] == 'user' -%}{{-'USER: ' + message['content'] + '\n'-}}{%- else -%}{{-'ASSISTANT: ' + message['content'] + "
	"'</s>\n' -}}{%- endif -%}{%- endif -%}{%- endfor -%}{%- if add_generation_prompt -%}{{-'ASSISTANT:'-}}{%- endif -%}"},
};

typedef struct Render Render;
struct Render {
	char	*name;
	char	*bos, *eos;
	char	*reply;		/* the reply as its template places it */
	char	*want;		/* system, Hello, the reply, Who are you, and the next reply's header */
};

/*
 * the conversation as each family's template renders it (Gemma's
 * has no system role: its text opens the first user message, as
 * llama.cpp merges it; Mistral v3's puts the system prompt in the
 * last user message, which a kept cache cannot do: it goes in the
 * first, as llama.cpp's mistral-v3 has it)
 */
static Render renders[] = {
	{"llama2", "<s>", "</s>", "Hi there",
	"<s>[INST] <<SYS>>\nYou are a helpful assistant\n<</SYS>>\n\nHello [/INST]Hi there</s><s>[INST] Who are you [/INST]"},
	{"llama3", "<|begin_of_text|>", "<|end_of_text|>", "Hi there",
	"<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nYou are a helpful assistant<|eot_id|>"
	"<|start_header_id|>user<|end_header_id|>\n\nHello<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n"
	"Hi there<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nWho are you<|eot_id|>"
	"<|start_header_id|>assistant<|end_header_id|>\n\n"},
	{"chatml", "", "<|im_end|>", "Hi there",
	"<|im_start|>system\nYou are a helpful assistant<|im_end|>\n<|im_start|>user\nHello<|im_end|>\n"
	"<|im_start|>assistant\nHi there<|im_end|>\n<|im_start|>user\nWho are you<|im_end|>\n<|im_start|>assistant\n"},
	{"mistral-v1", "<s>", "</s>", " Hi there",
	"<s> [INST] You are a helpful assistant\n\nHello [/INST] Hi there</s> [INST] Who are you [/INST]"},
	{"mistral-v3", "<s>", "</s>", " Hi there",
	"<s>[INST] You are a helpful assistant\n\nHello[/INST] Hi there</s>[INST] Who are you[/INST]"},
	{"mistral-v3-tekken", "<s>", "</s>", "Hi there",
	"<s>[INST]You are a helpful assistant\n\nHello[/INST]Hi there</s>[INST]Who are you[/INST]"},
	{"mistral-v7", "<s>", "</s>", " Hi there",
	"<s>[SYSTEM_PROMPT] You are a helpful assistant[/SYSTEM_PROMPT][INST] Hello[/INST] Hi there</s>[INST] Who are you[/INST]"},
	{"zephyr", "<s>", "</s>", "Hi there",
	"<s><|system|>\nYou are a helpful assistant</s>\n<|user|>\nHello</s>\n<|assistant|>\nHi there</s>\n"
	"<|user|>\nWho are you</s>\n<|assistant|>\n"},
	{"gemma", "<bos>", "<eos>", "Hi there",
	"<bos><start_of_turn>user\nYou are a helpful assistant\n\nHello<end_of_turn>\n<start_of_turn>model\nHi there<end_of_turn>\n"
	"<start_of_turn>user\nWho are you<end_of_turn>\n<start_of_turn>model\n"},
	{"phi3", "<s>", "<|endoftext|>", "Hi there",
	"<s><|system|>\nYou are a helpful assistant<|end|>\n<|user|>\nHello<|end|>\n<|assistant|>\nHi there<|end|>\n"
	"<|user|>\nWho are you<|end|>\n<|assistant|>\n"},
};

static void
detection(void)
{
	Tmpl *tm;
	int i;
	char err[ERRMAX];

	for(i = 0; i < nelem(jinjas); i++){
		tm = tmpldetect(jinjas[i].text);
		if(jinjas[i].want == nil){
			rerrstr(err, sizeof err);
			check(tm == nil && strcmp(err, "unknown chat template: none of llama2 llama3 chatml mistral-v1 "
				"mistral-v3 mistral-v3-tekken mistral-v7 zephyr gemma phi3") == 0,
				"%s: detected as %s (%s)", jinjas[i].family, tm ? tm->name : "none", err);
			continue;
		}
		check(tm != nil && strcmp(tm->name, jinjas[i].want) == 0, "%s: detected as %s, want %s",
			jinjas[i].family, tm ? tm->name : "none", jinjas[i].want);
	}
	tm = tmpldetect("gemma");
	check(tm != nil && strcmp(tm->name, "gemma") == 0, "a template's name is not taken as it");
	tm = tmplbyname("alpaca");
	rerrstr(err, sizeof err);
	check(tm == nil && strcmp(err, "unknown template alpaca: known are llama2 llama3 chatml mistral-v1 "
		"mistral-v3 mistral-v3-tekken mistral-v7 zephyr gemma phi3") == 0, "tmplbyname alpaca: %s", err);
}

static void
renderings(void)
{
	Render *r;
	Tmpl *tm;
	char *a, *b, *c, *s;
	int i;

	for(r = renders; r < renders + nelem(renders); r++){
		tm = tmplbyname(r->name);
		if(tm == nil){
			fail("%r");
			continue;
		}
		a = tmpltext(tm, r->bos, r->eos, "You are a helpful assistant", "Hello", 1);
		b = tmpltext(tm, r->bos, r->eos, nil, nil, 0);
		c = tmpltext(tm, r->bos, r->eos, "You are a helpful assistant", "Who are you", 0);
		s = smprint("%s%s%s%s", a, r->reply, b, c);
		check(strcmp(s, r->want) == 0, "%s renders\n%s\nwant\n%s", r->name, s, r->want);
		free(a);
		free(b);
		free(c);
		free(s);
		/* without a system prompt the first turn is the later ones' with the beginning */
		a = tmpltext(tm, r->bos, r->eos, "", "Hello", 1);
		b = tmpltext(tm, r->bos, r->eos, nil, "Hello", 0);
		i = strncmp(tm->begin, "%b", 2) == 0 ? strlen(r->bos) : 0;
		check(strncmp(a, r->bos, i) == 0 && strcmp(a+i, b) == 0, "%s: no system prompt: %q, later turn %q", r->name, a, b);
		free(a);
		free(b);
	}
	tm = tmplbyname("llama3");
	a = tmpltext(tm, "<|begin_of_text|>", "", nil, "  Hello \n", 0);
	check(strcmp(a, "<|start_header_id|>user<|end_header_id|>\n\nHello<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n") == 0,
		"llama3 does not trim: %q", a);
	free(a);
}

/* the specials of the test vocabulary, from id 512 on */
static char *specials[] = {
	"<|im_start|>", "<|im_end|>", "<start_of_turn>", "<end_of_turn>",
	"<|user|>", "<|assistant|>", "<|system|>", "<|end|>", "[INST]", "[/INST]",
	"[SYSTEM_PROMPT]", "[/SYSTEM_PROMPT]",
};

enum { Ims = 512, Ime, Sot, Eot, Usr, Asst, Sys, End, Inst, Einst, Sysp, Esysp };

/* tok512's pieces and specials after them, SentencePiece-encoded */
static Tokenizer*
testvocab(Tokenizer *base)
{
	char **piece;
	float *score;
	Tokenizer *t;
	int i, n;

	n = base->n + nelem(specials);
	piece = malloc(n * sizeof piece[0]);
	score = malloc(n * sizeof score[0]);
	for(i = 0; i < n; i++){
		piece[i] = i < base->n ? base->vocab[i] : specials[i - base->n];
		score[i] = i < base->n ? base->scores[i] : -1e6;
	}
	t = newtokenizer(piece, score, n);
	free(piece);
	free(score);
	if(t != nil){
		t->bos = 1;
		t->eos = 2;
	}
	return t;
}

/* ids: numbers (d), and texts (s) encoded by the plain vocabulary */
static char*
ids(Tokenizer *plain, char *fmt, ...)
{
	va_list arg;
	char *s, *p, *e;
	int tok[512], n, i;

	s = malloc(8192);
	e = s + 8192;
	p = s;
	*p = 0;
	va_start(arg, fmt);
	for(; *fmt != 0; fmt++)
		if(*fmt == 'd')
			p = seprint(p, e, " %d", va_arg(arg, int));
		else{
			n = encode(plain, va_arg(arg, char*), 0, 0, tok);
			for(i = 0; i < n; i++)
				p = seprint(p, e, " %d", tok[i]);
		}
	va_end(arg);
	return s;
}

static char*
idlist(int *tok, int n)
{
	char *s, *p;
	int i;

	s = malloc(8192);
	p = s;
	*p = 0;
	for(i = 0; i < n; i++)
		p = seprint(p, s + 8192, " %d", tok[i]);
	return s;
}

static void
tokturn(Tokenizer *t, char *name, char *sys, char *user, int first, char *want)
{
	Tmpl *tm;
	int tok[512], n;
	char *got;

	tm = tmplbyname(name);
	n = tm ? tmplturn(tm, t, sys, user, first, tok) : -1;
	got = n >= 0 ? idlist(tok, n) : smprint("error %r");
	check(strcmp(got, want) == 0, "%s turn %q: ids%s, want%s", name, user, got, want);
	free(got);
	free(want);
}

static void
tokclose(Tokenizer *t, char *name, char *want)
{
	Tmpl *tm;
	int tok[64], n;
	char *got;

	tm = tmplbyname(name);
	n = tmplclose(tm, t, tok);
	got = n >= 0 ? idlist(tok, n) : smprint("error %r");
	check(strcmp(got, want) == 0, "%s closes a reply with ids%s, want%s", name, got, want);
	free(got);
	free(want);
}

static void
tokens(void)
{
	Tokenizer *plain, *t;
	Tmpl *tm;
	char *sys;

	plain = opentokenizer(mpath("tok512.bin"), 512);
	if(plain == nil){
		fail("tok512.bin: %r");
		return;
	}
	t = testvocab(plain);
	if(t == nil){
		fail("test vocabulary: %r");
		freetokenizer(plain);
		return;
	}
	sys = "You are kind.";
	/* the ids in order: specials by id, the text between them by the plain vocabulary */
	tokturn(t, "chatml", sys, "Hi", 1, ids(plain, "dsdsdsdsds", Ims, "system\nYou are kind.", Ime, "\n", Ims, "user\nHi", Ime, "\n",
		Ims, "assistant\n"));
	tokturn(t, "chatml", sys, "Hi", 0, ids(plain, "dsdsds", Ims, "user\nHi", Ime, "\n", Ims, "assistant\n"));
	tokclose(t, "chatml", ids(plain, "ds", Ime, "\n"));
	tokturn(t, "gemma", sys, "Hi", 1, ids(plain, "ddsdsds", 1, Sot, "user\nYou are kind.\n\nHi", Eot, "\n", Sot, "model\n"));
	tokturn(t, "gemma", nil, " Hi ", 0, ids(plain, "dsdsds", Sot, "user\nHi", Eot, "\n", Sot, "model\n"));
	tokclose(t, "gemma", ids(plain, "ds", Eot, "\n"));
	tokturn(t, "phi3", sys, "Hi", 1, ids(plain, "ddsdsdsdsds", 1, Sys, "\nYou are kind.", End, "\n", Usr, "\nHi", End, "\n", Asst, "\n"));
	tokclose(t, "phi3", ids(plain, "ds", End, "\n"));
	tokturn(t, "mistral-v7", sys, "Hi", 1, ids(plain, "ddsddsd", 1, Sysp, " You are kind.", Esysp, Inst, " Hi", Einst));
	tokturn(t, "mistral-v3", sys, "Hi", 0, ids(plain, "dsd", Inst, " Hi", Einst));
	tokclose(t, "mistral-v3", ids(plain, "d", 2));
	/* where the vocabulary lacks them, the pieces are text: TinyLlama's <|user|>, Mistral v1's [INST] */
	tokturn(plain, "zephyr", sys, "Hi", 1, ids(plain, "dsdsds", 1, "<|system|>\nYou are kind.", 2, "\n<|user|>\nHi", 2, "\n<|assistant|>\n"));
	tokclose(plain, "zephyr", ids(plain, "ds", 2, "\n"));
	tokturn(plain, "mistral-v1", sys, "Hi", 1, ids(plain, "ds", 1, " [INST] You are kind.\n\nHi [/INST]"));
	tokturn(plain, "llama2", sys, "Hi", 0, ids(plain, "ds", 1, "[INST] Hi [/INST]"));
	/* what ends a reply */
	tm = tmplbyname("chatml");
	check(tmpleot(tm, t, Ime) && tmpleot(tm, t, 2) && !tmpleot(tm, t, Ims) && !tmpleot(tm, t, 1), "chatml's end of turn");
	tm = tmplbyname("gemma");
	check(tmpleot(tm, t, Eot) && !tmpleot(tm, t, Sot), "gemma's end of turn");
	tm = tmplbyname("phi3");
	check(tmpleot(tm, t, End) && !tmpleot(tm, t, Asst), "phi3's end of turn");
	tm = tmplbyname("zephyr");
	check(tmpleot(tm, t, 2) && !tmpleot(tm, t, Usr), "zephyr's end of turn");
	freetokenizer(t);
	freetokenizer(plain);
}

/* a file names its template: tokenizer_config.json beside tokenizer.json, GGUF's tokenizer.chat_template */
static void
fromfiles(void)
{
	char *dir, *p, *json;
	Tokenizer *t;
	Model *m;
	Tmpl *tm;
	int fd;

	dir = mpath("stories260K-hf-f32");
	if(copyfile(smprint("%s/tokenizer.json", dir), tpath("tokenizer.json")) < 0){
		fail("copy tokenizer.json: %r");
		return;
	}
	json = "{\"bos_token\": \"<s>\", \"chat_template\": \"{% for message in messages %}{{'<|im_start|>' + message['role'] + "
		"'\\\\n' + message['content'] + '<|im_end|>' + '\\\\n'}}{% endfor %}\"}";
	writefile(tpath("tokenizer_config.json"), json, strlen(json));
	t = hftokenizer(tpath("tokenizer.json"), 512);
	tm = t ? tmplfor(nil, t) : nil;
	check(tm != nil && strcmp(tm->name, "chatml") == 0, "tokenizer_config.json's template: %s (%r)", tm ? tm->name : "none");
	check(t != nil && t->chattmpl != nil && strstr(t->chattmpl, "'\\n' + message['content']") != nil,
		"tokenizer_config.json's template read as %q", t ? t->chattmpl : "");
	/* the template goes into an exported GGUF, and comes out of it */
	m = openmodel(mpath("stories260K.bin"));
	p = tpath("chat.gguf");
	fd = create(p, OWRITE, 0666);
	if(m == nil || t == nil || fd < 0 || ggufwrite(m, t, fd, Tf32) < 0)
		fail("export %s: %r", p);
	close(fd);
	freetokenizer(t);
	t = ggufpathtokenizer(p);
	tm = t ? tmplfor(nil, t) : nil;
	check(tm != nil && strcmp(tm->name, "chatml") == 0, "GGUF's template: %s (%r)", tm ? tm->name : "none");
	freetokenizer(t);
	/* one not known is refused */
	json = "{\"chat_template\": \"{{ 'USER: ' + message['content'] }}\"}";
	writefile(tpath("tokenizer_config.json"), json, strlen(json));
	t = hftokenizer(tpath("tokenizer.json"), 512);
	tm = t ? tmplfor(nil, t) : nil;
	check(t != nil && tm == nil, "an unknown template is taken as %s", tm ? tm->name : "none");
	freetokenizer(t);
	freemodel(m);
	remove(tpath("tokenizer_config.json"));
	remove(tpath("tokenizer.json"));
	remove(p);
	/* no template in the file: by the special tokens, as before */
	t = opentokenizer(mpath("tok512.bin"), 512);
	tm = t ? tmplfor(nil, t) : nil;
	check(tm != nil && strcmp(tm->name, "llama2") == 0, "tok512.bin's template: %s", tm ? tm->name : "none");
	freetokenizer(t);
}

void
testtemplates(void)
{
	detection();
	renderings();
	tokens();
	fromfiles();
	note("%d Jinja templates detected, %d renderings", nelem(jinjas), nelem(renders));
}
