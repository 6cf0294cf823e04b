package app.breakeven.costs.economics;

import java.time.LocalDate;

/**
 * A server for sale with its GPUs installed.
 *
 * @param vendor       e.g. "Supermicro"
 * @param server       the model, e.g. "SYS-821GE-TNHR"
 * @param gpu          the GPU type's name, matched against a replica's
 * @param gpus         GPUs in the server, at least 1
 * @param price        purchase price of one server in dollars
 * @param installation one-off installation of one server (racking, cabling, commissioning)
 * @param source       where the price comes from
 * @param asOf         the date it was read; {@code null} when unknown
 */
public record PurchaseOffer(
        String vendor,
        String server,
        String gpu,
        int gpus,
        double price,
        double installation,
        String source,
        LocalDate asOf) {

    public PurchaseOffer {
        Fmt.requireText(vendor, "the vendor");
        Fmt.requireText(server, "the server");
        Fmt.requireText(gpu, "the offer's GPU");
        if (gpus < 1) {
            throw new IllegalArgumentException("a server needs at least one GPU: " + gpus);
        }
        Fmt.requireNonNegative(price, "server price");
        Fmt.requireNonNegative(installation, "installation cost");
        Fmt.requireText(source, "the offer's source");
    }

    /** "Supermicro SYS-821GE-TNHR (8 x H100 80GB SXM)". */
    public String label() {
        return vendor + " " + server + " (" + gpus + " x " + gpu + ")";
    }
}
