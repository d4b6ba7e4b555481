/// The release this source is. `make dist` names the tarball after it, `openings
/// --version` prints it, and `openings init --ci` pins recipes to it; the recipes in
/// docs/recipes/ name the same version (a test compares them).
public enum OpeningsVersion {
    public static let number = "0.2.0"
}
