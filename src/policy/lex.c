/* lex.c - tokens of Kafel text, following #include into other files. */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "err.h"
#include "policy/policy.h"

#define MAX_FILE_SIZE (1 << 20)

static struct psrc *
cur(struct plexer *lx)
{
	return &lx->src[lx->depth - 1];
}

static int
lex_error(struct plexer *lx, unsigned line, unsigned col, const char *what,
    const char *arg, size_t arglen)
{
	char shown[64];
	size_t n = arglen < sizeof(shown) - 1 ? arglen : sizeof(shown) - 1;
	size_t i;

	/* The text is arbitrary: show only printable bytes of it. */
	for (i = 0; i < n; i++)
		shown[i] = isprint((unsigned char)arg[i]) ? arg[i] : '?';
	shown[n] = '\0';
	return err_at(lx->err, cur(lx)->name, line, col, "%s%s%s%s", what,
	    n > 0 ? " '" : "", shown, n > 0 ? "'" : "");
}

static char *
dir_of(struct parena *a, const char *path)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL)
		return parena_strndup(a, ".", 1);
	if (slash == path)
		return parena_strndup(a, "/", 1);
	return parena_strndup(a, path, (size_t)(slash - path));
}

/* Read a regular file whole into the arena. */
static int
read_file(struct parena *a, const char *path, struct psrc *s,
    struct scif_err *err, const struct ppos *at)
{
	struct stat st;
	char *buf;
	ssize_t r;
	size_t got = 0;
	int fd, e;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)) == -1) {
		e = errno;
		goto fail;
	}
	if (fstat(fd, &st) == -1)
		e = errno;
	else if (!S_ISREG(st.st_mode))
		e = EINVAL;
	else if (st.st_size > MAX_FILE_SIZE)
		e = EFBIG;
	else
		e = 0;
	if (e != 0) {
		close(fd);
		goto fail;
	}
	if ((buf = parena_alloc(a, (size_t)st.st_size + 1)) == NULL) {
		close(fd);
		return err_set(err, SCIF_E_INTERNAL, ENOMEM, "%s", path);
	}
	while (got < (size_t)st.st_size) {
		r = read(fd, buf + got, (size_t)st.st_size - got);
		if (r == -1 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		got += (size_t)r;
	}
	close(fd);
	s->text = buf;
	s->len = got;
	s->dev = (uint64_t)st.st_dev;
	s->ino = (uint64_t)st.st_ino;
	return 0;
fail:
	if (at != NULL)
		return err_at(err, at->file, at->line, at->col,
		    "cannot read include file '%s': %s", path,
		    e == EINVAL ? "not a regular file" : strerror(e));
	err_set(err, SCIF_E_POLICY, e == EINVAL ? 0 : e, "%s%s", path,
	    e == EINVAL ? ": not a regular file" : "");
	return -e;
}

static int
record(struct plexer *lx, const char *text, size_t len)
{
	struct ptext *t;

	if ((t = parena_alloc(lx->arena, sizeof(*t))) == NULL)
		return err_set(lx->err, SCIF_E_INTERNAL, ENOMEM, "policy");
	t->text = text;
	t->len = len;
	*lx->texts_tail = t;
	lx->texts_tail = &t->next;
	return 0;
}

static int
push_file(struct plexer *lx, const char *path, const struct ppos *at)
{
	struct psrc *s;
	int i, r;

	if (lx->depth == POLICY_MAX_INCLUDE_DEPTH)
		return err_at(lx->err, at->file, at->line, at->col,
		    "#include nested too deeply (more than %d files)",
		    POLICY_MAX_INCLUDE_DEPTH);
	s = &lx->src[lx->depth];
	memset(s, 0, sizeof(*s));
	if ((r = read_file(lx->arena, path, s, lx->err, at)) < 0)
		return r;
	/* at is NULL only for the first file, read before any other. */
	for (i = 0; at != NULL && i < lx->depth; i++)
		if (lx->src[i].ino != 0 && lx->src[i].ino == s->ino &&
		    lx->src[i].dev == s->dev)
			return err_at(lx->err, at->file, at->line, at->col,
			    "#include recursion: '%s' is already being read",
			    path);
	s->name = parena_strndup(lx->arena, path, strlen(path));
	s->dir = dir_of(lx->arena, path);
	if (s->name == NULL || s->dir == NULL)
		return err_set(lx->err, SCIF_E_INTERNAL, ENOMEM, "policy");
	s->line = s->col = 1;
	lx->depth++;
	return record(lx, s->text, s->len);
}

int
plex_init(struct plexer *lx, struct parena *a, const char *path,
    const char *text, const char *name, struct scif_err *err)
{
	struct psrc *s;

	memset(lx, 0, sizeof(*lx));
	lx->arena = a;
	lx->err = err;
	lx->texts_tail = &lx->texts;
	if (path != NULL)
		return push_file(lx, path, NULL);
	s = &lx->src[0];
	s->name = name != NULL ? name : "<string>";
	s->text = text;
	s->len = strlen(text);
	s->line = s->col = 1;
	if ((s->dir = parena_strndup(a, ".", 1)) == NULL)
		return err_set(err, SCIF_E_INTERNAL, ENOMEM, "policy");
	lx->depth = 1;
	return record(lx, s->text, s->len);
}

static int
peekc(const struct psrc *s, size_t ahead)
{
	if (s->off + ahead >= s->len)
		return -1;
	return (unsigned char)s->text[s->off + ahead];
}

static void
advance(struct psrc *s, size_t n)
{
	while (n-- > 0 && s->off < s->len) {
		if (s->text[s->off] == '\n') {
			s->line++;
			s->col = 1;
		} else
			s->col++;
		s->off++;
	}
}

/* Skip blanks and comments; error on an unterminated comment. */
static int
skip_space(struct plexer *lx, struct psrc *s)
{
	unsigned line, col;
	int c;

	for (;;) {
		c = peekc(s, 0);
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
		    c == '\f' || c == '\v')
			advance(s, 1);
		else if (c == '/' && peekc(s, 1) == '/') {
			while ((c = peekc(s, 0)) != -1 && c != '\n')
				advance(s, 1);
		} else if (c == '/' && peekc(s, 1) == '*') {
			line = s->line;
			col = s->col;
			advance(s, 2);
			while (!(peekc(s, 0) == '*' && peekc(s, 1) == '/')) {
				if (peekc(s, 0) == -1)
					return lex_error(lx, line, col,
					    "unterminated comment", NULL, 0);
				advance(s, 1);
			}
			advance(s, 2);
		} else
			return 0;
	}
}

static int
digit_value(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return 99;
}

static int
lex_number(struct plexer *lx, struct psrc *s, struct ptoken *tok)
{
	const char *start = s->text + s->off;
	size_t n = 0, digits = 0;
	unsigned base = 10;
	uint64_t v = 0;
	int c, d;

	if (peekc(s, 0) == '0' && (peekc(s, 1) == 'x' || peekc(s, 1) == 'X')) {
		base = 16;
		n = 2;
	} else if (peekc(s, 0) == '0')
		base = 8;
	while ((c = peekc(s, n)) != -1 && (isalnum(c) || c == '_')) {
		d = digit_value(c);
		if (d >= (int)base)
			goto bad;
		if (v > (UINT64_MAX - (uint64_t)d) / base)
			return lex_error(lx, tok->pos.line, tok->pos.col,
			    "number too large (more than 64 bits)", start,
			    n + 1);
		v = v * base + (uint64_t)d;
		n++;
		digits++;
	}
	if (base == 16 && digits == 0)
		goto bad;
	tok->kind = TK_NUM;
	tok->num = v;
	advance(s, n);
	return 0;
bad:
	while ((c = peekc(s, n)) != -1 && (isalnum(c) || c == '_'))
		n++;
	return lex_error(
	    lx, tok->pos.line, tok->pos.col, "bad number", start, n);
}

static int
is_ident(int c, int first)
{
	return c != -1 && (isalpha(c) || c == '_' || (!first && isdigit(c)));
}

static int
lex_include(struct plexer *lx, struct psrc *s, const struct ppos *at)
{
	char path[4096];
	const char *name;
	size_t n = 0;
	int c, r;

	while (peekc(s, 0) == ' ' || peekc(s, 0) == '\t')
		advance(s, 1);
	if (peekc(s, 0) != '"')
		return lex_error(lx, s->line, s->col,
		    "expected \"file\" after #include", NULL, 0);
	advance(s, 1);
	name = s->text + s->off;
	while ((c = peekc(s, n)) != '"') {
		if (c == -1 || c == '\n' || c == '\0')
			return lex_error(lx, at->line, at->col,
			    "unterminated file name after #include", NULL, 0);
		n++;
	}
	advance(s, n + 1);
	if (n == 0)
		return lex_error(lx, at->line, at->col,
		    "empty file name after #include", NULL, 0);
	if (name[0] == '/')
		r = snprintf(path, sizeof(path), "%.*s", (int)n, name);
	else
		r = snprintf(
		    path, sizeof(path), "%s/%.*s", s->dir, (int)n, name);
	if (r < 0 || (size_t)r >= sizeof(path))
		return lex_error(lx, at->line, at->col,
		    "#include file name too long", NULL, 0);
	return push_file(lx, path, at);
}

static int
lex_directive(struct plexer *lx, struct psrc *s, struct ptoken *tok)
{
	size_t n = 1;

	while (is_ident(peekc(s, n), n == 1))
		n++;
	if (n == 7 && memcmp(s->text + s->off, "#define", 7) == 0) {
		advance(s, n);
		tok->kind = TK_DEFINE;
		return 0;
	}
	if (n == 8 && memcmp(s->text + s->off, "#include", 8) == 0) {
		advance(s, n);
		return lex_include(lx, s, &tok->pos);
	}
	return lex_error(lx, tok->pos.line, tok->pos.col, "unknown directive",
	    s->text + s->off, n > 1 ? n : 1);
}

struct punct {
	const char *text;
	enum ptok kind;
};

static const struct punct puncts[] = {
	{ "&&", TK_ANDAND },
	{ "||", TK_OROR },
	{ "==", TK_EQ },
	{ "!=", TK_NE },
	{ "<=", TK_LE },
	{ ">=", TK_GE },
	{ "{", TK_LBRACE },
	{ "}", TK_RBRACE },
	{ "(", TK_LPAREN },
	{ ")", TK_RPAREN },
	{ "[", TK_LBRACK },
	{ "]", TK_RBRACK },
	{ ",", TK_COMMA },
	{ "<", TK_LT },
	{ ">", TK_GT },
	{ "&", TK_AMP },
	{ "|", TK_PIPE },
	{ "!", TK_NOT },
	{ "-", TK_MINUS },
};

static int
lex_punct(struct plexer *lx, struct psrc *s, struct ptoken *tok)
{
	size_t i, n;

	for (i = 0; i < sizeof(puncts) / sizeof(puncts[0]); i++) {
		n = strlen(puncts[i].text);
		if (s->off + n <= s->len &&
		    memcmp(s->text + s->off, puncts[i].text, n) == 0) {
			tok->kind = puncts[i].kind;
			advance(s, n);
			return 0;
		}
	}
	return lex_error(lx, tok->pos.line, tok->pos.col,
	    "unexpected character", s->text + s->off, 1);
}

int
plex_next(struct plexer *lx, struct ptoken *tok)
{
	struct psrc *s;
	size_t n;
	int c, r;

	for (;;) {
		s = cur(lx);
		if ((r = skip_space(lx, s)) < 0)
			return r;
		memset(tok, 0, sizeof(*tok));
		tok->pos.file = s->name;
		tok->pos.line = s->line;
		tok->pos.col = s->col;
		if ((c = peekc(s, 0)) == -1) {
			if (lx->depth == 1) {
				tok->kind = TK_EOF;
				return 0;
			}
			lx->depth--;
			continue;
		}
		if (c == '#') {
			if ((r = lex_directive(lx, s, tok)) < 0)
				return r;
			if (tok->kind == TK_DEFINE)
				return 0;
			continue; /* an #include was pushed */
		}
		break;
	}
	if (isdigit(c))
		return lex_number(lx, s, tok);
	if (is_ident(c, 1)) {
		for (n = 1; is_ident(peekc(s, n), 0); n++)
			;
		tok->kind = TK_IDENT;
		tok->text = s->text + s->off;
		tok->len = n;
		advance(s, n);
		return 0;
	}
	return lex_punct(lx, s, tok);
}

int
plex_texts(const struct policy_input *in, struct parena *a,
    const struct ptext **out, struct scif_err *err)
{
	struct plexer lx;
	struct ptoken tok;
	int r;

	*out = NULL;
	if ((r = plex_init(&lx, a, in->path, in->text, in->name, err)) < 0)
		return r;
	do
		if ((r = plex_next(&lx, &tok)) < 0)
			return r;
	while (tok.kind != TK_EOF);
	*out = lx.texts;
	return 0;
}
