package sim

// How an expression reads an asset. Through a side's mask (Ctx.seen), the state is the true
// state itself, and each read gives the value the side's view holds: the view's redaction
// (redactAssets) of the one asset read, worked out at the read instead of for every asset of
// the state each turn. Otherwise a read gives the state's value and notes whether the side
// could see it (readAsset, ReadSecret). TestMaskMatchesView checks that every candidate gets
// the view's answer through a mask.

// AssetStatus returns the status of asset x, noting the read: through a mask, the status at the
// start where the side does not know the asset.
func (c *Ctx) AssetStatus(x int) Status {
	switch {
	case !c.seen:
		c.readAsset(x, false)
	case !c.sight().Knows(x):
		return c.S.Sc.Assets[x].Status
	}
	return c.S.Status[x]
}

// AssetValue returns the value held at asset x that is not stolen, or with dirty its stolen
// value, noting the read: through a mask, 0 where the side neither owns nor traces the asset.
func (c *Ctx) AssetValue(x int, dirty bool) int64 {
	switch {
	case !c.seen:
		c.readAsset(x, true)
	case !c.sight().SeesValue(x):
		return 0
	}
	if dirty {
		return c.S.Dirty[x]
	}
	return c.S.Value[x]
}

// AssetTraced reports whether anyone traces asset x, noting the read: through a mask, whether
// the side does (other sides' tracing is hidden from it).
func (c *Ctx) AssetTraced(x int) bool {
	if c.seen {
		return c.S.Traced[x]&sideBit(c.Side) != 0
	}
	c.ReadSecret()
	return c.S.Traced[x] != 0
}
