package app.breakeven.catalogue;

/** Who is changing the catalogue, for its history. Until accounts exist, "anonymous". */
public interface Editor {

    String name();
}
