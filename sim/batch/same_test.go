package batch

import "testing"

// TestSameOrdersByHash: shards whose orders files hold the same orders (the same orders_hash)
// are of one batch however the file was named (orders.toml, ./orders.toml, another machine's
// path); it took the names, so one file named two ways split a batch in two. Other orders, a
// side played otherwise, or names that differ in headers without the hash (rows written before
// it) still are not.
func TestSameOrdersByHash(t *testing.T) {
	head := func(hash string, pols ...string) Header {
		return Header{Scenario: "mini", Hash: "h", Seed: 1, Runs: 6, Policies: pols, OrdersHash: hash}
	}
	for _, c := range []struct {
		a, b Header
		same bool
	}{
		{head("aa", "blue=orders:orders.toml", "red=random"), head("aa", "blue=orders:./orders.toml", "red=random"), true},
		{head("aa", "blue=orders:orders.toml", "red=random"), head("aa", "blue=orders:/srv/x/orders.toml", "red=random"), true},
		{head("aa", "blue=orders:orders.toml", "red=random"), head("bb", "blue=orders:orders.toml", "red=random"), false},
		{head("aa", "blue=orders:orders.toml", "red=random"), head("aa", "blue=orders:orders.toml", "red=greedy"), false},
		{head("aa", "blue=orders:orders.toml", "red=orders:orders.toml"), head("aa", "blue=orders:orders.toml", "red=greedy"), false},
		{head("aa", "blue=orders:o.toml", "red=random"), head("aa", "red=orders:o.toml", "blue=random"), false},
		{head("", "blue=orders:orders.toml"), head("", "blue=orders:./orders.toml"), false},
		{head("", "blue=orders:orders.toml"), head("", "blue=orders:orders.toml"), true},
		{head("aa", "blue=random"), head("aa", "blue=random", "red=random"), false},
	} {
		if why := c.a.Same(c.b); (why == "") != c.same {
			t.Errorf("Same(%v %s, %v %s) = %q; want same %t", c.a.Policies, c.a.OrdersHash, c.b.Policies, c.b.OrdersHash, why, c.same)
		}
	}
}
