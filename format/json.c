/*
 * A strict JSON reader (RFC 8259) for the safetensors header and the
 * Hugging Face config.json and tokenizer.json: anything malformed is
 * refused with the byte where it went wrong; depth is limited.
 */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"

enum {
	Maxdepth	= 64,
};

typedef struct P P;
struct P {
	char	*s;
	char	*e;
	char	*start;
	int	depth;
};

static Json*	value(P*);

static void
ws(P *p)
{
	while(p->s < p->e && (*p->s == ' ' || *p->s == '\t' || *p->s == '\n' || *p->s == '\r'))
		p->s++;
}

static Json*
bad(P *p, char *what)
{
	werrstr("json: %s at byte %lld", what, (vlong)(p->s - p->start));
	return nil;
}

void
jsonfree(Json *j)
{
	int i;

	if(j == nil)
		return;
	for(i = 0; i < j->nv; i++)
		jsonfree(j->v[i]);
	free(j->v);
	free(j->s);
	free(j->key);
	free(j);
}

static Json*
newj(int type)
{
	Json *j;

	j = emalloc(sizeof *j);
	if(j != nil)
		j->type = type;
	return j;
}

static int
hex4(P *p, Rune *r)
{
	int i, c;

	*r = 0;
	if(p->e - p->s < 4)
		return -1;
	for(i = 0; i < 4; i++){
		c = *p->s++;
		if(c >= '0' && c <= '9') c -= '0';
		else if(c >= 'a' && c <= 'f') c -= 'a' - 10;
		else if(c >= 'A' && c <= 'F') c -= 'A' - 10;
		else return -1;
		*r = *r << 4 | c;
	}
	return 0;
}

/* a string after its opening quote, as UTF-8 */
static char*
string(P *p)
{
	char *b, *d, *q;
	Rune r, r2;

	/* never longer than its source up to the closing quote */
	for(q = p->s; q < p->e && *q != '"'; q++)
		if(*q == '\\' && q+1 < p->e)
			q++;
	b = emalloc(q - p->s + 1);
	if(b == nil)
		return nil;
	d = b;
	for(;;){
		if(p->s >= p->e){
			bad(p, "unterminated string");
			break;
		}
		if(*p->s == '"'){
			p->s++;
			*d = 0;
			return b;
		}
		if((uchar)*p->s < 0x20){
			bad(p, "control character in string");
			break;
		}
		if(*p->s != '\\'){
			*d++ = *p->s++;
			continue;
		}
		p->s++;
		if(p->s >= p->e){
			bad(p, "unterminated string");
			break;
		}
		switch(*p->s++){
		case '"': *d++ = '"'; continue;
		case '\\': *d++ = '\\'; continue;
		case '/': *d++ = '/'; continue;
		case 'b': *d++ = '\b'; continue;
		case 'f': *d++ = '\f'; continue;
		case 'n': *d++ = '\n'; continue;
		case 'r': *d++ = '\r'; continue;
		case 't': *d++ = '\t'; continue;
		case 'u':
			if(hex4(p, &r) < 0){
				bad(p, "bad \\u escape");
				break;
			}
			if(r >= 0xD800 && r < 0xDC00){	/* a surrogate pair */
				if(p->e - p->s < 6 || p->s[0] != '\\' || p->s[1] != 'u'){
					bad(p, "lone surrogate");
					break;
				}
				p->s += 2;
				if(hex4(p, &r2) < 0 || r2 < 0xDC00 || r2 > 0xDFFF){
					bad(p, "bad surrogate pair");
					break;
				}
				r = 0x10000 + ((r - 0xD800) << 10 | (r2 - 0xDC00));
			}else if(r >= 0xDC00 && r <= 0xDFFF){
				bad(p, "lone surrogate");
				break;
			}
			if(r == 0){
				bad(p, "NUL in string");
				break;
			}
			d += runetochar(d, &r);
			continue;
		default:
			bad(p, "bad escape");
			break;
		}
		break;
	}
	free(b);
	return nil;
}

static Json*
number(P *p)
{
	Json *j;
	char *q, buf[64];
	int n;

	q = p->s;
	if(q < p->e && *q == '-')
		q++;
	if(q >= p->e || *q < '0' || *q > '9')
		return bad(p, "bad number");
	if(*q == '0')
		q++;
	else
		while(q < p->e && *q >= '0' && *q <= '9')
			q++;
	if(q < p->e && *q == '.'){
		q++;
		if(q >= p->e || *q < '0' || *q > '9')
			return bad(p, "bad number");
		while(q < p->e && *q >= '0' && *q <= '9')
			q++;
	}
	if(q < p->e && (*q == 'e' || *q == 'E')){
		q++;
		if(q < p->e && (*q == '+' || *q == '-'))
			q++;
		if(q >= p->e || *q < '0' || *q > '9')
			return bad(p, "bad number");
		while(q < p->e && *q >= '0' && *q <= '9')
			q++;
	}
	n = q - p->s;
	if(n >= (int)sizeof buf)
		return bad(p, "number too long");
	memmove(buf, p->s, n);
	buf[n] = 0;
	p->s = q;
	j = newj(Jnumber);
	if(j != nil)
		j->n = strtod(buf, nil);
	return j;
}

static int
add(Json *j, Json *v)
{
	Json **nv;

	if(j->nv % 16 == 0){
		nv = realloc(j->v, (j->nv + 16) * sizeof(Json*));
		if(nv == nil){
			werrstr("out of memory");
			return -1;
		}
		j->v = nv;
	}
	j->v[j->nv++] = v;
	return 0;
}

/* an array or object after its opening bracket */
static Json*
compound(P *p, int obj)
{
	Json *j, *v;
	char *key;
	int close;

	close = obj ? '}' : ']';
	if(++p->depth > Maxdepth)
		return bad(p, "nested too deep");
	j = newj(obj ? Jobject : Jarray);
	if(j == nil)
		return nil;
	ws(p);
	if(p->s < p->e && *p->s == close){
		p->s++;
		p->depth--;
		return j;
	}
	for(;;){
		key = nil;
		ws(p);
		if(obj){
			if(p->s >= p->e || *p->s != '"'){
				bad(p, "want a key");
				goto err;
			}
			p->s++;
			if((key = string(p)) == nil)
				goto err;
			ws(p);
			if(p->s >= p->e || *p->s != ':'){
				free(key);
				bad(p, "want ':'");
				goto err;
			}
			p->s++;
		}
		v = value(p);
		if(v == nil){
			free(key);
			goto err;
		}
		v->key = key;
		if(add(j, v) < 0){
			jsonfree(v);
			goto err;
		}
		ws(p);
		if(p->s < p->e && *p->s == ','){
			p->s++;
			continue;
		}
		if(p->s < p->e && *p->s == close){
			p->s++;
			p->depth--;
			return j;
		}
		bad(p, obj ? "want ',' or '}'" : "want ',' or ']'");
		goto err;
	}
err:
	jsonfree(j);
	return nil;
}

static Json*
word(P *p, char *w, int type)
{
	int n;

	n = strlen(w);
	if(p->e - p->s < n || memcmp(p->s, w, n) != 0)
		return bad(p, "unknown word");
	p->s += n;
	return newj(type);
}

static Json*
value(P *p)
{
	Json *j;

	ws(p);
	if(p->s >= p->e)
		return bad(p, "unexpected end");
	switch(*p->s){
	case '{':
		p->s++;
		return compound(p, 1);
	case '[':
		p->s++;
		return compound(p, 0);
	case '"':
		p->s++;
		j = newj(Jstring);
		if(j != nil && (j->s = string(p)) == nil){
			free(j);
			return nil;
		}
		return j;
	case 't':
		return word(p, "true", Jtrue);
	case 'f':
		return word(p, "false", Jfalse);
	case 'n':
		return word(p, "null", Jnull);
	}
	return number(p);
}

/* the n bytes at s as one JSON value, with nothing after it but white space */
Json*
jsonparse(char *s, long n)
{
	P p;
	Json *j;

	p.s = p.start = s;
	p.e = s + n;
	p.depth = 0;
	j = value(&p);
	if(j == nil)
		return nil;
	ws(&p);
	if(p.s != p.e){
		jsonfree(j);
		return bad(&p, "trailing data");
	}
	return j;
}

/* the member key of object j */
Json*
jsonget(Json *j, char *key)
{
	int i;

	if(j == nil || j->type != Jobject)
		return nil;
	for(i = 0; i < j->nv; i++)
		if(strcmp(j->v[i]->key, key) == 0)
			return j->v[i];
	return nil;
}

char*
jsonstr(Json *j, char *key)
{
	j = jsonget(j, key);
	return j != nil && j->type == Jstring ? j->s : nil;
}

/* an integral number member; -1 if missing or not an integer */
int
jsonint(Json *j, char *key, vlong *v)
{
	j = key ? jsonget(j, key) : j;
	if(j == nil || j->type != Jnumber || j->n != floor(j->n) || fabs(j->n) > 9e15)
		return -1;
	*v = j->n;
	return 0;
}

/* the JSON in file path, of at most max bytes */
Json*
readjson(char *path, vlong max)
{
	char *buf;
	vlong n;
	Json *j;

	buf = readfile(path, max, &n);
	if(buf == nil)
		return nil;
	j = jsonparse(buf, n);
	if(j == nil)
		werrstr("%s: %r", path);
	free(buf);
	return j;
}
