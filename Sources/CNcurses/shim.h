#ifndef LOGITSCOPE_CNCURSES_SHIM_H
#define LOGITSCOPE_CNCURSES_SHIM_H

// SwiftPM drops pkg-config's -D flags, so the wide-character API must be switched on here,
// before the header, or cchar_t, get_wch, add_wch and setcchar are missing.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <strings.h>
#include <sys/select.h>
#include <signal.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift cannot import function-like macros nor, in Swift 6 mode, mutable globals:
// each is wrapped in a static inline function.
static inline WINDOW *ls_stdscr(void) { return stdscr; }
static inline int ls_colors(void) { return COLORS; }
static inline int ls_color_pairs(void) { return COLOR_PAIRS; }
static inline int ls_getmaxy(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)x; return y; }
static inline int ls_getmaxx(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)y; return x; }
static inline attr_t ls_a_normal(void) { return A_NORMAL; }
static inline attr_t ls_a_bold(void) { return A_BOLD; }
static inline attr_t ls_a_dim(void) { return A_DIM; }
static inline attr_t ls_a_reverse(void) { return A_REVERSE; }
static inline attr_t ls_a_underline(void) { return A_UNDERLINE; }
static inline int ls_key_f(int n) { return KEY_F(n); }
static inline mmask_t ls_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t ls_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t ls_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t ls_report_mouse_position(void) { return REPORT_MOUSE_POSITION; }
static inline mmask_t ls_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t ls_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline mmask_t ls_button_released_any(void) {
    return BUTTON1_RELEASED | BUTTON2_RELEASED | BUTTON3_RELEASED;
}
static inline WINDOW *ls_curscr(void) { return curscr; }

// The terminal backend's own needs, in C where Swift cannot reach (fd_set macros, nl_langinfo's
// CODESET enum).

/// Whether the locale set by setlocale(LC_ALL, "") encodes text as UTF-8.
static inline int ls_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "utf8") == 0);
}

/// Blocks until `fd` is readable or a signal arrives, with the signal mask atomically set to
/// `mask` for the wait (pselect), so a signal delivered just before the wait cannot be missed.
/// Never restarted after a signal, whatever SA_RESTART says.
static inline int ls_wait_readable(int fd, const sigset_t *mask) {
    fd_set readable;
    FD_ZERO(&readable);
    FD_SET(fd, &readable);
    return pselect(fd + 1, &readable, NULL, NULL, NULL, mask);
}

#endif
