package io.bpflab.api;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A map of a {@link Program}, readable and writable from Java as the program sees it:
 * set elements before a run, read them after. Keys and values are the bytes the program
 * sees (little-endian numbers); {@link #key(int)}, {@link #getLong(int)} and
 * {@link #putLong(int, long)} cover the common array-of-counters case.
 */
public final class BpfMap {

    private final io.bpflab.vm.BpfMap map;
    private final String type;

    BpfMap(io.bpflab.vm.BpfMap map, String type) {
        this.map = map;
        this.type = type;
    }

    /**
     * The map's name in its source or object file.
     *
     * @return the name
     */
    public String name() {
        return map.name();
    }

    /**
     * The kernel's map type name in lower case without its prefix ({@code array}, {@code hash}, ...).
     *
     * @return the type name
     */
    public String type() {
        return type;
    }

    /**
     * The size of a key in bytes.
     *
     * @return key_size
     */
    public int keySize() {
        return map.keySize();
    }

    /**
     * The size of a value in bytes.
     *
     * @return value_size
     */
    public int valueSize() {
        return map.valueSize();
    }

    /**
     * The most elements the map holds.
     *
     * @return max_entries
     */
    public int maxEntries() {
        return map.maxEntries();
    }

    /**
     * The value stored under {@code key}.
     *
     * @param key keySize() bytes
     * @return a copy of the value, or empty when there is none
     * @throws BpfException when the key has the wrong size
     */
    public Optional<byte[]> get(byte[] key) {
        checkKey(key);
        byte[] v = map.get(key);
        return v == null ? Optional.empty() : Optional.of(v.clone());
    }

    /**
     * Sets an element, as {@code bpf_map_update_elem} with BPF_ANY (on every CPU of a per-CPU map).
     *
     * @param key keySize() bytes
     * @param value valueSize() bytes
     * @throws BpfException when a size is wrong or the map refuses (full, or a type without updates)
     */
    public void put(byte[] key, byte[] value) {
        checkKey(key);
        if (value.length != map.valueSize()) {
            throw new BpfException("map " + name() + ": a value is " + map.valueSize() + " bytes, not " + value.length);
        }
        long ret = map.hostUpdate(key.clone(), value.clone());
        if (ret != 0) {
            throw new BpfException("map " + name() + ": update failed with errno " + -ret);
        }
    }

    /**
     * Removes an element, as {@code bpf_map_delete_elem}.
     *
     * @param key keySize() bytes
     * @return whether there was one (arrays cannot delete: always false)
     */
    public boolean delete(byte[] key) {
        checkKey(key);
        return map.delete(key.clone()) == 0;
    }

    /**
     * Every element, in the map's iteration order (an array lists every index).
     *
     * @return (key, value) pairs, copied
     */
    public List<Map.Entry<byte[], byte[]>> entries() {
        List<Map.Entry<byte[], byte[]>> out = new ArrayList<>();
        for (byte[][] kv : map.entries()) {
            out.add(Map.entry(kv[0].clone(), kv[1].clone()));
        }
        return out;
    }

    /**
     * The 64-bit little-endian number at the start of the value under a 4-byte key (an
     * array index); 0 when there is no such element.
     *
     * @param index the key as a u32
     * @return the value's first 8 bytes (fewer for a smaller value) as a number
     */
    public long getLong(int index) {
        return get(key(index)).map(BpfMap::asLong).orElse(0L);
    }

    /**
     * Sets the value under a 4-byte key (an array index) to a 64-bit little-endian number,
     * the rest of the value zero.
     *
     * @param index the key as a u32
     * @param value the number
     */
    public void putLong(int index, long value) {
        byte[] v = new byte[map.valueSize()];
        byte[] n = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(value).array();
        System.arraycopy(n, 0, v, 0, Math.min(8, v.length));
        put(key(index), v);
    }

    /**
     * A u32 key as the program sees it.
     *
     * @param index the number
     * @return its 4 little-endian bytes
     */
    public static byte[] key(int index) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(index).array();
    }

    /**
     * The little-endian number at the start of {@code bytes} (up to 8 of them).
     *
     * @param bytes a value
     * @return the number
     */
    public static long asLong(byte[] bytes) {
        long v = 0;
        for (int i = Math.min(8, bytes.length) - 1; i >= 0; i--) {
            v = v << 8 | (bytes[i] & 0xff);
        }
        return v;
    }

    private void checkKey(byte[] key) {
        if (key.length != map.keySize()) {
            throw new BpfException("map " + name() + ": a key is " + map.keySize() + " bytes, not " + key.length);
        }
    }

    @Override
    public String toString() {
        return "BpfMap[" + name() + ", " + type + ", key " + keySize() + ", value " + valueSize() + ", " + maxEntries()
                + " entries]";
    }
}
