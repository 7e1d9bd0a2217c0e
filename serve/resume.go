package serve

import (
	"errors"
	"fmt"
	"io/fs"

	"ttx/session"
)

// TokensError refuses a resume for the seats' tokens saved beside its log: the file is missing,
// damaged, or not this game's. The game resumes all the same with a new link for every seat
// (Config.NewLinks), which the caller may offer.
type TokensError struct {
	Err error // what is wrong with the tokens
}

func (e *TokensError) Error() string { return "the seats' tokens: " + e.Err.Error() }

// Unwrap returns what is wrong with the tokens.
func (e *TokensError) Unwrap() error { return e.Err }

// resume loads into g the game saved in cfg.Save and its seats' tokens: those saved beside the
// log, or with cfg.NewLinks a new one for every seat, whose links Links gives (the tokens file
// is then neither read nor needed, and the first save replaces it). Tokens that cannot be
// taken are a *TokensError.
func (g *Game) resume(cfg Config) error {
	if cfg.Save == "" {
		return errors.New("resume needs the log to resume from")
	}
	s, err := session.LoadSession(g.sc, cfg.Save)
	if err != nil {
		return err
	}
	g.sess = s
	if cfg.NewLinks {
		g.tokens = &Tokens{}
		for _, st := range g.seats {
			g.links[st.name] = g.link(st.name)
		}
		return nil
	}
	t, err := LoadTokens(cfg.Save + ".tokens")
	if errors.Is(err, fs.ErrNotExist) {
		return &TokensError{fmt.Errorf("%s.tokens: no such file: a game resumes only with the tokens saved beside its log as it was served (a log of ttx run has none)", cfg.Save)}
	}
	if err != nil {
		return &TokensError{err}
	}
	if err := t.cover(g.SeatNames()); err != nil {
		return &TokensError{fmt.Errorf("%s.tokens: %v", cfg.Save, err)}
	}
	g.tokens = t
	return nil
}
